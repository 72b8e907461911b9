import * as E from 'fp-ts/lib/Either.js'
import { JobsDetail, StrictJobsDetail } from '../../../src/codecs/job/jobs-detail'
import { RESULT_NODE_TAGS } from '../../../src/codecs/tags/registry'
import { JOB_TAGS } from '../../../src/codecs/tags/registry'
import { JOB_CODECS } from '../../../src/codecs/tags/registry'
import { expectTypeOf } from 'expect-type'
import type { JobTag } from '../../../src/codecs/tags/registry'
import type { ModelledTag } from '../../../src/codecs/tags/registry'
import { toPayloadIssues } from '../../../src/payload-issues'

const base = { JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800' }

describe('JobsDetail', () => {
  it("dispatches on Tag: each Tag's own codec checks its own nodes only", () => {
    expect(JOB_TAGS).toHaveLength(43)
    for (const tag of JOB_TAGS) {
      const result = JobsDetail.decode({ ...base, Tag: tag, Operation: { SmartCover: { Count: 'x' } } })
      // Only the SmartCover codec knows SmartCover.Count is a number.
      expect(E.isLeft(result)).toBe(tag === 'SmartCover')
    }
  })

  it("reports only the sent job's fields, not every member's", () => {
    const result = JobsDetail.decode({ Tag: 'SmartCover', CreationTime: 'x', Operation: {} })
    const issues = E.isLeft(result) ? toPayloadIssues(result.left) : []
    expect(issues.map((i) => i.path)).toStrictEqual(['JobId', 'CreationTime'])
  })

  it('names a missing or undocumented Tag', () => {
    const kept = JobsDetail.decode(base)
    expect(E.isRight(kept) && kept.right.Tag === 'Unknown' && 'UnknownTag' in kept.right).toBe(false)
    expect(E.isRight(kept) && kept.right.Tag).toBe('Unknown')
    const missing = StrictJobsDetail.decode(base)
    expect(E.isLeft(missing) && toPayloadIssues(missing.left)).toStrictEqual([
      expect.objectContaining({ path: 'Tag', message: 'Missing required field' }),
    ])
    const unknown = JobsDetail.decode({ ...base, Tag: 7 })
    expect(E.isLeft(unknown) && toPayloadIssues(unknown.left)[0]).toMatchObject({ path: 'Tag', received: '7' })
    expect(E.isLeft(JobsDetail.decode('job'))).toBe(true)
  })

  it('encodes each member back to its wire form and recognises decoded values', () => {
    for (const tag of ['SmartCover', 'Transcode'] as const) {
      const wire = { ...base, Tag: tag, Operation: { SmartCover: { Count: '5' }, JobLevel: '0' }, Extra: 'kept' }
      const decoded = JobsDetail.decode(wire)
      if (E.isLeft(decoded)) throw new Error('expected Right')
      expect(JobsDetail.is(decoded.right)).toBe(true)
      expect(JobsDetail.encode(decoded.right)).toStrictEqual(wire)
    }
    expect(JobsDetail.is({ ...base, Tag: 'SmartCover' })).toBe(false)
  })

  it('has exactly one codec for every documented Tag', () => {
    expect(JOB_CODECS.map((codec) => codec.tag).sort()).toStrictEqual([...JOB_TAGS].sort())
    expectTypeOf<ModelledTag>().toEqualTypeOf<JobTag>()
  })
})

describe('JobsDetail: unknown and untagged jobs', () => {
  it('decodes an undocumented Tag to an UnknownJob that encodes back to its raw tree', () => {
    const wire = { ...base, Tag: 'HologramCover', State: 'Failed', Code: 'E1', Message: 'no', Extra: { A: '1' } }
    const decoded = JobsDetail.decode(wire)
    expect(decoded).toStrictEqual(
      E.right({
        CreationTime: new Date('2022-06-30T07:29:42Z'),
        State: 'Failed',
        Code: 'E1',
        Message: 'no',
        Tag: 'Unknown',
        UnknownTag: 'HologramCover',
        JobId: 'j1',
        Raw: wire,
      }),
    )
    if (E.isRight(decoded)) {
      expect(JobsDetail.is(decoded.right)).toBe(true)
      expect(JobsDetail.encode(decoded.right)).toBe(wire)
    }
  })

  it('leaves out shared fields of an unknown job that do not decode, instead of failing', () => {
    const wire = { ...base, Tag: 'HologramCover', CreationTime: 'soon', Progress: 'half', Code: 'E1' }
    const decoded = JobsDetail.decode(wire)
    expect(decoded).toStrictEqual(
      E.right({ Code: 'E1', Tag: 'Unknown', UnknownTag: 'HologramCover', JobId: 'j1', Raw: wire }),
    )
  })

  it('still needs a JobId on an unknown job', () => {
    const result = JobsDetail.decode({ Tag: 'HologramCover' })
    expect(E.isLeft(result) && toPayloadIssues(result.left).map((i) => i.path)).toStrictEqual(['JobId'])
  })

  it('refuses an undocumented Tag under the strict codec', () => {
    const result = StrictJobsDetail.decode({ ...base, Tag: 'HologramCover' })
    expect(E.isLeft(result) && toPayloadIssues(result.left)).toStrictEqual([
      expect.objectContaining({ path: 'Tag', received: '"HologramCover"' }),
    ])
  })

  it('infers a missing Tag from the one result node present, and encodes without it', () => {
    const wire = { ...base, Operation: { PicProcessResult: { ObjectName: 'a.jpg' } } }
    const decoded = JobsDetail.decode(wire)
    expect(decoded).toMatchObject(E.right({ Tag: 'PicProcess', TagInferred: true }))
    if (E.isRight(decoded)) expect(JobsDetail.encode(decoded.right)).toStrictEqual(wire)
    for (const [node, tag] of RESULT_NODE_TAGS) {
      expect(JobsDetail.decode({ ...base, Operation: { [node]: { X: '1' } } })).toMatchObject(E.right({ Tag: tag }))
    }
  })
})
