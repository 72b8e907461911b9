import * as t from 'io-ts'
import { ConcatTemplate } from '../nodes/concat-template'
import { defineJob, jobOperation, type JobCodec } from './define-job'

const ConcatOperationC = jobOperation('ConcatOperation', {
  /** The concat parameters (absent when a template supplied them). */
  ConcatTemplate: ConcatTemplate,
})

/**
 * `Operation` of a Concat job: the shared nodes plus `ConcatTemplate`. The file written is
 * `MediaResult.OutputFile`.
 *
 * @example
 * import { ConcatOperation } from 'tencent-ci-callback/codecs'
 * ConcatOperation.decode({ ConcatTemplate: { Index: '0' } }) // Right({ ConcatTemplate: { Index: 0 } })
 */
export interface ConcatOperation extends t.TypeOf<typeof ConcatOperationC> {}
/** `ConcatOperation` as it is on the wire. */
export interface ConcatOperationWire extends t.OutputOf<typeof ConcatOperationC> {}
/**
 * The io-ts codec for `ConcatOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { ConcatOperation } from 'tencent-ci-callback/codecs'
 * ConcatOperation.decode({ ConcatTemplate: { Index: '0' } }) // Right({ ConcatTemplate: { Index: 0 } })
 */
export const ConcatOperation: t.Type<ConcatOperation, ConcatOperationWire, unknown> = ConcatOperationC

const ConcatJobC = defineJob('Concat', ConcatOperation)

/**
 * A finished Concat (audio/video concatenation) job, as `JobsDetail` carries it.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // const job = callback.JobsDetail[0]; if (job.Tag === 'Concat') job.Operation // ConcatOperation
 */
export interface ConcatJob extends t.TypeOf<typeof ConcatJobC> {}
/** `ConcatJob` as it is on the wire. */
export interface ConcatJobWire extends t.OutputOf<typeof ConcatJobC> {}
/**
 * The io-ts codec for `ConcatJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { ConcatJob } from 'tencent-ci-callback/codecs'
 * ConcatJob.is(job) // true for a decoded Concat job
 */
export const ConcatJob: JobCodec<'Concat', ConcatJob, ConcatJobWire> = ConcatJobC
