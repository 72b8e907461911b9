import * as E from 'fp-ts/lib/Either.js'
import { CiCallback, EVENT_NAMES, ciCallbackCodec } from '../../../src/codecs/envelope/callback'
import { normalise } from '../../../src/normalise/normalise'
import { parseCallback } from '../../../src/parse-callback'
import { toPayloadIssues } from '../../../src/payload-issues'
import { getLeft, getRight } from '../../support/either'
import { taskFinish } from '../../support/callbacks'
import { sample, samples } from '../../support/samples'

const decodeSample = (name: string) => parseCallback(sample(name).bytes)
const issuePaths = (name: string, options?: Parameters<typeof parseCallback>[2]) => {
  const left = getLeft(parseCallback(sample(name).bytes, undefined, options))
  return left._tag === 'InvalidPayload' ? left.issues.map((i) => i.path) : [left._tag]
}

/** The normalised tree of a sample: what the codecs decode, and what encoding must give back. */
const treeOf = (name: string): unknown => {
  const s = sample(name)
  if (s.format === 'json') return normalise(JSON.parse(s.bytes.toString('utf8')))
  return undefined
}

describe('CiCallback: families told apart by content', () => {
  it('reads a legacy job callback (no EventName) as TaskFinish, and says so', () => {
    const cb = taskFinish(decodeSample('legacy/transcode.xml'))
    expect(cb.EventNameInferred).toBe(true)
    expect(cb.JobsDetail[0]?.Tag).toBe('Transcode')
    expect(getRight(decodeSample('smart-cover/api.xml'))).not.toHaveProperty('EventNameInferred')
  })

  it('reads a legacy workflow callback as WorkflowFinish, with its tasks and space-separated times', () => {
    const cb = getRight(decodeSample('legacy/workflow-execution.xml'))
    if (cb.EventName !== 'WorkflowFinish') throw new Error(cb.EventName)
    expect(cb.EventNameInferred).toBe(true)
    expect(cb.WorkflowExecution.CreateTime).toStrictEqual(new Date('2020-12-01T03:00:41Z'))
    expect(cb.WorkflowExecution.Tasks?.map((task) => task.JobId)).toStrictEqual([
      'je5195f3e35dc11ebbe6fed17a7c10000',
      'je55e922035dc11ebbe6fed17a7c10000',
    ])
    // One CosHeaders element on the wire is still a list.
    expect(cb.WorkflowExecution.CosHeaders).toStrictEqual([{ Key: 'x-cos-meta-id', Value: 'testid' }])
  })

  it('decodes WorkflowStart without State or Tasks', () => {
    const cb = getRight(decodeSample('workflow/start.xml'))
    expect(cb.EventName).toBe('WorkflowStart')
    if (cb.EventName === 'WorkflowStart') expect(cb.WorkflowExecution.Tasks).toBeUndefined()
  })

  it('types the newer workflow task fields: ResultInfo lists and counts', () => {
    const cb = getRight(decodeSample('workflow/finish-result-info.json'))
    if (cb.EventName !== 'WorkflowFinish') throw new Error(cb.EventName)
    const [cover, hdr] = cb.WorkflowExecution.Tasks ?? []
    expect(cover?.ResultInfo?.ObjectCount).toBe(2)
    expect(cover?.ResultInfo?.ObjectInfo?.map((o) => o.ObjectName)).toStrictEqual([
      'output/cover-0.jpg',
      'output/cover-1.jpg',
    ])
    expect(hdr).toMatchObject({ State: 'Failed', Code: 'InternalError', HdrMode: 'HDR10' })
  })

  it('keeps the blank "all nodes" workflow template invalid, at WorkflowExecution.RunId first', () => {
    expect(issuePaths('invalid/InvalidPayload/legacy-workflow-execution-skeleton.xml')[0]).toBe(
      'WorkflowExecution.RunId',
    )
  })

  it('refuses a body that names no event and carries no node to infer one from', () => {
    expect(toPayloadIssues(getLeft(CiCallback.decode({ Foo: 'x' })))).toStrictEqual([
      expect.objectContaining({ path: 'EventName', message: 'Missing required field' }),
    ])
  })
})

describe('unknown event names and job Tags', () => {
  it('decode by default, keeping the raw tree and the name as sent', () => {
    const cb = getRight(decodeSample('unknown/event-name/trans-coding-finish.json'))
    expect(cb).toStrictEqual({
      EventName: 'Unknown',
      UnknownEventName: 'TransCodingFinish',
      Raw: treeOf('unknown/event-name/trans-coding-finish.json'),
    })
    const simple = getRight(decodeSample('unknown/event-name/review-live-audio-simple.json'))
    expect(simple).toMatchObject({ EventName: 'Unknown', UnknownEventName: 'ReviewLiveAudio' })
    const job = taskFinish(decodeSample('unknown/tag/hologram-cover.xml')).JobsDetail[0]
    expect(job).toMatchObject({ Tag: 'Unknown', UnknownTag: 'HologramCover', State: 'Success', Code: 'Success' })
    expect(job).toHaveProperty('Raw.Tag', 'HologramCover')
  })

  it('are a Left naming the field under unknown: reject', () => {
    const reject = { unknown: 'reject' } as const
    expect(issuePaths('unknown/event-name/trans-coding-finish.xml', reject)).toStrictEqual(['EventName'])
    expect(issuePaths('unknown/event-name/review-live-audio-simple.json', reject)).toStrictEqual(['data.event'])
    expect(issuePaths('unknown/tag/hologram-cover.xml', reject)).toStrictEqual(['JobsDetail[0].Tag'])
    expect(issuePaths('unknown/tag/smart-cover-pro-workflow.json', reject)).toStrictEqual(['JobsDetail[0].Tag'])
    const left = getLeft(parseCallback(sample('unknown/event-name/trans-coding-finish.xml').bytes, null, reject))
    expect(left.message).toContain('received "TransCodingFinish"')
  })

  it('change nothing for known families under unknown: reject', () => {
    for (const s of samples.filter((x) => x.expectedError === undefined && !x.name.startsWith('unknown/'))) {
      expect(parseCallback(s.bytes, undefined, { unknown: 'reject' })).toStrictEqual(parseCallback(s.bytes))
    }
  })

  it('refuse an unknown value of the option itself', () => {
    // As a JavaScript caller could pass it: the type would not allow it.
    const options: Parameters<typeof parseCallback>[2] = JSON.parse('{"unknown":"drop"}')
    const left = getLeft(parseCallback(sample('smart-cover/api.xml').bytes, undefined, options))
    expect(left).toMatchObject({ _tag: 'InvalidArgument', argument: 'options' })
  })

  it('never use a name the union knows', () => {
    expect(EVENT_NAMES).not.toContain('Unknown')
    expect(EVENT_NAMES).not.toContain('TestRequest')
  })
})

describe('encoding back to the wire tree', () => {
  it('round-trips every JSON sample, and gives back the exact tree of moderation and unknown ones', () => {
    const codec = ciCallbackCodec({})
    let checked = 0
    for (const s of samples.filter((x) => x.expectedError === undefined && x.format === 'json')) {
      const value = getRight(parseCallback(s.bytes))
      const tree = treeOf(s.name)
      // Times encode as Beijing time with `T`, and numbers in job callbacks as text: compare decoded again.
      expect(codec.decode(codec.encode(value))).toStrictEqual(E.right(value))
      if (value.EventName === 'Unknown' || value.EventName === 'TestRequest' || 'ContentVersion' in value) {
        // Moderation numbers stay JSON numbers; a Detail job is one object again (normalised: a list of one).
        expect(normalise(codec.encode(value))).toStrictEqual(tree)
      }
      checked += 1
    }
    expect(checked).toBeGreaterThan(40)
  })

  it('leaves an inferred EventName and Tag out again', () => {
    const value = getRight(decodeSample('legacy/speech-recognition-no-tag.json'))
    const wire = CiCallback.encode(value)
    expect(wire).not.toHaveProperty('EventName')
    expect(wire).not.toHaveProperty('EventNameInferred')
    expect(wire).toHaveProperty('JobsDetail.0.JobId', 's886c0a7c2a6611ed847a618901112dcf')
    expect(wire).not.toHaveProperty('JobsDetail.0.Tag')
    expect(wire).not.toHaveProperty('JobsDetail.0.TagInferred')
  })
})
