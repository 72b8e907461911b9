import * as t from 'io-ts'
import { renderValue } from '../render-value'
import { describe } from './describe'
import { alias } from './scalars'
import { GenericJob, type GenericJobWire } from './jobs/generic-job'
import { JOB_TAGS, type JobTag } from './jobs/job-tags'
import type { ModelledTag } from './jobs/modelled-tags'
import { SmartCoverJob, type SmartCoverJobWire } from './jobs/smart-cover'

/**
 * One job from a `TaskFinish` callback: a union discriminated by `Tag`, so `job.Tag === 'SmartCover'`
 * narrows to `SmartCoverJob`; every other documented Tag is a `GenericJob` until it gets its own codec.
 *
 * @example
 * import type { JobsDetail } from 'tencent-ci-callback'
 * const covers = (job: JobsDetail) =>
 *   job.Tag === 'SmartCover' ? job.Operation.MediaResult?.OutputFile?.ObjectName ?? [] : []
 */
export type JobsDetail = SmartCoverJob | GenericJob
/** `JobsDetail` as it is on the wire. */
export type JobsDetailWire = SmartCoverJobWire | GenericJobWire

type JobDecoder = t.Decoder<unknown, JobsDetail>

/** The codec for each modelled Tag; one line per `codecs/jobs/<tag>.ts` module. */
const MODELLED: { readonly [K in ModelledTag]: JobDecoder } = {
  SmartCover: SmartCoverJob,
}

/** Every member, for `is` and `encode` (io-ts picks the member whose `is` holds). */
const Members = t.union([SmartCoverJob, GenericJob])

const KNOWN = new Set<string>(JOB_TAGS)
const isJobTag = (u: unknown): u is JobTag => typeof u === 'string' && KNOWN.has(u)
const isModelled = (tag: JobTag): tag is ModelledTag => Object.prototype.hasOwnProperty.call(MODELLED, tag)

const codecFor = (tag: JobTag): JobDecoder => (isModelled(tag) ? MODELLED[tag] : GenericJob)

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

const TAG_EXPECTED = `a documented job Tag (${JOB_TAGS.slice(0, 4).join(', ')}, … ${JOB_TAGS.length - 4} more)`
const TagField = alias('Tag', t.string, TAG_EXPECTED)

/**
 * Decodes one `JobsDetail` element by first reading its `Tag`, then running only that Tag's codec,
 * so errors name the fields of the job that was sent, not of every possible job.
 *
 * @example
 * import { JobsDetail } from 'tencent-ci-callback'
 * JobsDetail.decode({ Tag: 'Transcode', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800' })
 * // Right({ Tag: 'Transcode', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z) })
 */
export const JobsDetail: t.Type<JobsDetail, JobsDetailWire, unknown> = describe(
  new t.Type<JobsDetail, JobsDetailWire, unknown>(
    'JobsDetail',
    Members.is,
    (u, c) => {
      if (!isRecord(u)) return t.failure(u, c)
      const tag = u['Tag']
      if (isJobTag(tag)) return codecFor(tag).validate(u, c)
      const at = t.appendContext(c, 'Tag', TagField, tag)
      return t.failure(
        tag,
        at,
        tag === undefined ? undefined : `Expected ${TAG_EXPECTED}, received ${renderValue(tag)}`,
      )
    },
    Members.encode,
  ),
  'a job object',
)
