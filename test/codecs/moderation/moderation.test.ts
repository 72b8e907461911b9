import { parseCallback } from '../../../src/parse-callback'
import { getLeft, getRight } from '../../support/either'
import { sample } from '../../support/samples'

const decode = (name: string, contentVersion?: string) =>
  parseCallback(sample(name).bytes, 'application/json', contentVersion === undefined ? undefined : { contentVersion })

describe('moderation callbacks', () => {
  it('decodes Detail with numbers as numbers, the job as one object, CosHeaders as a map', () => {
    const cb = getRight(decode('moderation/image/detail-violation.json'))
    if (cb.EventName !== 'ReviewImage' || cb.ContentVersion !== 'Detail') throw new Error('not a ReviewImage Detail')
    expect(cb.JobsDetail).toMatchObject({
      Result: 1,
      Label: 'Porn',
      Score: 92,
      SubLabel: 'SexyBehavior',
      ForbidState: 1,
    })
    expect(cb.JobsDetail.PornInfo).toStrictEqual({
      HitFlag: 1,
      Score: 92,
      Label: 'Porn',
      Category: 'Sexy',
      SubLabel: 'SexyBehavior',
    })
    expect(cb.JobsDetail.CosHeaders).toStrictEqual({ 'x-cos-meta-id': 'xxxx' })
    expect(cb.JobsDetail.CreationTime).toStrictEqual(new Date('2021-08-10T13:01:10Z'))
  })

  it('decodes live-stream moderation as ReviewVideo with Type live_video and per-frame verdicts', () => {
    const cb = getRight(decode('moderation/video/live-detail-1.json'))
    if (cb.EventName !== 'ReviewVideo' || cb.ContentVersion !== 'Detail') throw new Error('not a ReviewVideo Detail')
    expect(cb.JobsDetail.Type).toBe('live_video')
    expect(cb.JobsDetail.State).toBe('Auditing')
    expect(cb.JobsDetail.Snapshot?.[0]).toMatchObject({ SnapshotTime: 1628600470000, Result: 1, Label: 'Porn' })
  })

  it('decodes document and webpage verdicts as Suggestion, per page', () => {
    const cb = getRight(decode('moderation/document/detail-2.json'))
    if (cb.EventName !== 'ReviewDocument' || cb.ContentVersion !== 'Detail') throw new Error('not a document')
    expect(cb.JobsDetail.Suggestion).toBe(0)
    expect(cb.JobsDetail.PageSegment?.Results?.[0]).toMatchObject({ PageNumber: 1, Suggestion: 0, Label: 'Normal' })
  })

  it('decodes Simple with EventName copied from data.event', () => {
    const cb = getRight(decode('moderation/document/simple-1.json'))
    expect(cb).toMatchObject({ EventName: 'ReviewDocument', ContentVersion: 'Simple', code: 0, message: 'success' })
    if (cb.EventName === 'ReviewDocument' && cb.ContentVersion === 'Simple') {
      expect(cb.data.porn_info).toStrictEqual({ hit_flag: 1, label: 'Porn', score: 87 })
      expect(cb.data.result).toBe(1)
    }
  })

  it.each([
    'moderation/image/test-request.json',
    'moderation/text/test-request.json',
    'moderation/video/test-request.json',
    'moderation/audio/test-request-no-event.json',
  ])('recognises the console test request %s, with or without data.event', (name) => {
    expect(getRight(decode(name))).toMatchObject({
      EventName: 'TestRequest',
      code: 0,
      message: 'Test request when setting callback url',
    })
  })

  it('cross-checks the X-Ci-Content-Version header when given, whatever its case', () => {
    expect(getRight(decode('moderation/image/simple-2.json', 'simple'))).toMatchObject({ ContentVersion: 'Simple' })
    expect(getRight(decode('moderation/image/detail-2.json', 'Detail'))).toMatchObject({ ContentVersion: 'Detail' })
    const simpleAsDetail = getLeft(decode('moderation/image/simple-2.json', 'Detail'))
    expect(simpleAsDetail).toMatchObject({
      _tag: 'InvalidPayload',
      message: expect.stringContaining('X-Ci-Content-Version header says Detail'),
    })
    expect(getLeft(decode('moderation/image/detail-2.json', 'Simple'))._tag).toBe('InvalidPayload')
    // Not a moderation body, an unknown version, or the test request: nothing to cross-check.
    expect(getRight(decode('smart-cover/workflow.json', 'Detail')).EventName).toBe('TaskFinish')
    expect(getRight(decode('moderation/image/detail-2.json', 'V3')).EventName).toBe('ReviewImage')
    expect(getRight(decode('moderation/image/test-request.json', 'Detail')).EventName).toBe('TestRequest')
  })

  it('refuses a Detail callback with several jobs, and a Simple one without data.event', () => {
    const detail = JSON.parse(sample('moderation/image/detail-2.json').bytes.toString('utf8'))
    const two = JSON.stringify({ ...detail, JobsDetail: [detail.JobsDetail, detail.JobsDetail] })
    expect(getLeft(parseCallback(two))).toMatchObject({ issues: [expect.objectContaining({ path: 'JobsDetail' })] })
    const noEvent = JSON.stringify({ code: 0, message: 'success', data: { result: 0 } })
    expect(getLeft(parseCallback(noEvent))).toMatchObject({
      issues: [expect.objectContaining({ path: 'data.event', message: 'Missing required field' })],
    })
  })
})
