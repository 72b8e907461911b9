import * as t from 'io-ts'
import { optionalJobProps, requiredJobProps } from '../job-base'
import { oneOf } from '../one-of'
import { Operation } from '../operation'
import { JOB_TAGS, type JobTag } from './job-tags'
import { JOB_CODECS, type ModelledTag } from './registry'

/**
 * A documented job Tag whose Tag-specific nodes are not typed yet (every Tag but those with
 * their own codec). Such jobs decode with the shared fields typed and the rest passed through.
 * When every Tag in `JOB_TAGS` has its module in `JOB_CODECS`, this file goes: remove it, its
 * exports from `index.ts`, and `GenericJob` from `Members` and `codecFor` in `jobs-detail.ts`.
 *
 * @example
 * import type { GenericJobTag } from 'tencent-ci-callback'
 * const tag: GenericJobTag = 'Transcode'
 */
export type GenericJobTag = Exclude<JobTag, ModelledTag>

const isGeneric = (tag: JobTag): tag is GenericJobTag => !JOB_CODECS.some((codec) => codec.tag === tag)

/**
 * Codec for `GenericJobTag`.
 *
 * @example
 * import { GenericJobTag } from 'tencent-ci-callback'
 * GenericJobTag.is('Transcode') // true
 * GenericJobTag.is('SmartCover') // false: it has its own codec
 */
export const GenericJobTag = oneOf<GenericJobTag>('GenericJobTag', JOB_TAGS.filter(isGeneric))

const GenericJobC = t.intersection(
  [
    t.type({
      ...requiredJobProps,
      /** The job type. */
      Tag: GenericJobTag,
    }),
    t.partial({
      ...optionalJobProps,
      /** The request echo and results: shared nodes typed, Tag-specific ones passed through. */
      Operation: Operation,
    }),
  ],
  'GenericJob',
)

/**
 * A finished job of a documented Tag that has no dedicated codec yet.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // for a Transcode callback: job.Tag === 'Transcode', job.Operation?.MediaResult typed
 */
export interface GenericJob extends t.TypeOf<typeof GenericJobC> {}
/** `GenericJob` as it is on the wire. */
export interface GenericJobWire extends t.OutputOf<typeof GenericJobC> {}
/**
 * The io-ts codec for `GenericJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { GenericJob } from 'tencent-ci-callback'
 * GenericJob.is({ Tag: 'Transcode', JobId: 'j1', CreationTime: new Date() }) // true
 */
export const GenericJob: t.Type<GenericJob, GenericJobWire, unknown> = GenericJobC
