import * as t from 'io-ts'
import { renderValue } from '../render-value'
import { describe } from './describe'
import { alias } from './scalars'
import { GenericJob, type GenericJobWire } from './jobs/generic-job'
import { JOB_TAGS, type JobTag } from './jobs/job-tags'
import { JOB_CODECS, type ModelledJob, type ModelledJobWire } from './jobs/registry'

/**
 * One job from a `TaskFinish` callback: a union discriminated by `Tag`, so `job.Tag === 'SmartCover'`
 * narrows to `SmartCoverJob`; every other documented Tag is a `GenericJob` until it gets its own codec.
 *
 * @example
 * import type { JobsDetail } from 'tencent-ci-callback'
 * const covers = (job: JobsDetail) =>
 *   job.Tag === 'SmartCover' ? job.Operation.MediaResult?.OutputFile?.ObjectName ?? [] : []
 */
export type JobsDetail = ModelledJob | GenericJob
/** `JobsDetail` as it is on the wire. */
export type JobsDetailWire = ModelledJobWire | GenericJobWire

type JobDecoder = t.Decoder<unknown, JobsDetail>

/** The codec for each modelled Tag, from `codecs/jobs/registry.ts`. */
const MODELLED: ReadonlyMap<string, JobDecoder> = new Map(JOB_CODECS.map((codec) => [codec.tag, codec]))

/** Every member, for `is` and `encode` (io-ts picks the member whose `is` holds). */
const Members = t.union([GenericJob, ...JOB_CODECS])

const KNOWN = new Set<string>(JOB_TAGS)
const isJobTag = (u: unknown): u is JobTag => typeof u === 'string' && KNOWN.has(u)

const codecFor = (tag: JobTag): JobDecoder => MODELLED.get(tag) ?? GenericJob

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
 * JobsDetail.decode({ Tag: 'Transcode', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'Transcode', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
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
