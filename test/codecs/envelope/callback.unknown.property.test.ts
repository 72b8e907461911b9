import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { CiCallback, EVENT_NAMES, ciCallbackCodec } from '../../../src/codecs/envelope/callback'
import { JobsDetail, StrictJobsDetail } from '../../../src/codecs/job/jobs-detail'
import { JOB_TAGS } from '../../../src/codecs/tags/registry'

const known = new Set<string>([...JOB_TAGS, ...EVENT_NAMES])
const unknownName = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() !== '' && !known.has(s))
const job = { JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', State: 'Success' }

describe('unknown names, whatever they are', () => {
  it('any undocumented Tag decodes to an UnknownJob keeping it, encodes back, and is refused when strict', () => {
    fc.assert(
      fc.property(unknownName, (tag) => {
        const wire = { ...job, Tag: tag }
        const decoded = JobsDetail.decode(wire)
        expect(decoded).toMatchObject(E.right({ Tag: 'Unknown', UnknownTag: tag, JobId: 'j1', State: 'Success' }))
        if (E.isRight(decoded)) expect(JobsDetail.encode(decoded.right)).toBe(wire)
        expect(E.isLeft(StrictJobsDetail.decode(wire))).toBe(true)
      }),
      { numRuns: 200 },
    )
  })

  it('any unknown EventName decodes to an UnknownCallback keeping the body, and is refused when strict', () => {
    const strict = ciCallbackCodec({ unknown: 'reject' })
    fc.assert(
      fc.property(unknownName, fc.dictionary(fc.string(), fc.string()), (name, extra) => {
        const wire = { ...extra, EventName: name }
        const decoded = CiCallback.decode(wire)
        expect(decoded).toStrictEqual(E.right({ EventName: 'Unknown', UnknownEventName: name, Raw: wire }))
        if (E.isRight(decoded)) expect(CiCallback.encode(decoded.right)).toBe(wire)
        expect(E.isLeft(strict.decode(wire))).toBe(true)
      }),
      { numRuns: 200 },
    )
  })
})
