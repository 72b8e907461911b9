import * as t from 'io-ts'
import type { UnknownPolicy } from '../../options'
import { renderValue } from '../../render-value'
import { describe } from '../kit/describe'
import { JOB_TAGS, type JobTag } from '../tags/registry'
import { JOB_CODECS, type ModelledJob, type ModelledJobWire } from '../tags/registry'
import { isRawTree, withActual, type RawTree } from '../kit/raw-tree'
import { alias } from '../kit/scalars'
import { neverDropped, one } from '../kit/shape'
import { inferTag } from '../tags/tag-inference'
import { UnknownJob } from './unknown-job'
import { issueSentence } from '../../errors'

/**
 * One job from a `TaskFinish` callback: a union discriminated by `Tag`, so `job.Tag === 'SmartCover'`
 * narrows to `SmartCoverJob`, and so for each of the 42 documented Tags; a Tag this version does not
 * know is an `UnknownJob` (`Tag: 'Unknown'`, the Tag as sent in `UnknownTag`). The codec reads `Tag`
 * first and runs only that Tag's codec, so errors name the fields of the job that was sent; a job
 * without `Tag` gets the Tag its result node names (`TagInferred: true`).
 *
 * @example
 * import type { JobsDetail } from 'tencent-ci-callback'
 * const covers = (job: JobsDetail) =>
 *   job.Tag === 'SmartCover' ? job.Operation.MediaResult?.OutputFile?.ObjectName ?? [] : []
 */
export type JobsDetail = ModelledJob | UnknownJob
/** `JobsDetail` as it is on the wire (an unknown job, or one whose Tag was inferred, is a raw tree). */
export type JobsDetailWire = ModelledJobWire | RawTree

type JobDecoder = t.Decoder<unknown, JobsDetail>

/** The codec for each modelled Tag, from `codecs/tags/registry.ts`. */
const MODELLED: ReadonlyMap<string, JobDecoder> = new Map(JOB_CODECS.map((codec) => [codec.tag, codec]))

/** Every member, for `is` and `encode` (io-ts picks the member whose `is` holds). */
const Members = t.union([UnknownJob, ...JOB_CODECS])

const KNOWN = new Set<string>(JOB_TAGS)
const isJobTag = (u: unknown): u is JobTag => typeof u === 'string' && KNOWN.has(u)

const TAG_EXPECTED = `a documented job Tag (${JOB_TAGS.slice(0, 4).join(', ')}, … ${JOB_TAGS.length - 4} more)`
const TagField = alias('Tag', t.string, TAG_EXPECTED)

const tagFailure = (tag: unknown, c: t.Context): t.Validation<JobsDetail> =>
  t.failure(
    tag,
    t.appendContext(c, 'Tag', TagField, tag),
    tag === undefined ? undefined : issueSentence(TAG_EXPECTED, renderValue(tag)),
  )

const validateWith =
  (policy: UnknownPolicy) =>
  (u: unknown, c: t.Context): t.Validation<JobsDetail> => {
    if (!isRawTree(u)) return t.failure(u, c)
    const tag = one(u['Tag'])
    // Every documented Tag has its codec (the registry test checks it), so `get` finds one.
    const codec = isJobTag(tag) ? MODELLED.get(tag) : undefined
    if (codec !== undefined) return codec.validate(u, c)
    if (tag === undefined) {
      const inferred = inferTag(u)
      const inferredCodec = inferred === undefined ? undefined : MODELLED.get(inferred)
      if (inferred === undefined || inferredCodec === undefined) {
        // An undocumented kind of job (virus detection, a file index): kept as an unknown job.
        return policy === 'keep' ? UnknownJob.validate(u, c) : tagFailure(tag, c)
      }
      const amended = { ...u, Tag: inferred, TagInferred: true }
      return inferredCodec.validate(amended, withActual(c, amended))
    }
    return typeof tag === 'string' && policy === 'keep' ? UnknownJob.validate(u, c) : tagFailure(tag, c)
  }

const encode = (job: JobsDetail): JobsDetailWire => {
  const wire = Members.encode(job)
  if (job.Tag === 'Unknown' || !('TagInferred' in job) || job.TagInferred !== true) return wire
  const { Tag: _tag, TagInferred: _inferred, ...rest } = wire
  return rest
}

/** A job is never left out of `JobsDetail` by graded decoding: its own required fields refuse the callback. */
const jobsDetail = (policy: UnknownPolicy): t.Type<JobsDetail, JobsDetailWire, unknown> =>
  neverDropped(
    describe(
      new t.Type<JobsDetail, JobsDetailWire, unknown>('JobsDetail', Members.is, validateWith(policy), encode),
      'a job object',
    ),
  )

export const JobsDetail: t.Type<JobsDetail, JobsDetailWire, unknown> = jobsDetail('keep')

/** `JobsDetail` under `unknown: 'reject'`: an undocumented Tag is a failure at `Tag`. */
export const StrictJobsDetail: t.Type<JobsDetail, JobsDetailWire, unknown> = jobsDetail('reject')
