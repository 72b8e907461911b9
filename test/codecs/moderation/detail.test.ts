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
