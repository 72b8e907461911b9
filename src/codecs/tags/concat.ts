import * as t from 'io-ts'
import { ConcatTemplate } from '../nodes/concat-template'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'

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
export const ConcatOperation: t.Type<ConcatOperation, ConcatOperationWire> = ConcatOperationC

/**
 * A finished Concat (audio/video concatenation) job, as `JobsDetail` carries it.
 *
 * @example
 * import { ConcatJob } from 'tencent-ci-callback/codecs'
 * ConcatJob.decode({ Tag: 'Concat', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'Concat', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface ConcatJob extends Job<'Concat', ConcatOperation> {}
/** `ConcatJob` as it is on the wire. */
export interface ConcatJobWire extends JobWire<'Concat', ConcatOperationWire> {}
export const ConcatJob: JobCodec<ConcatJob, ConcatJobWire> = defineJob('Concat', ConcatOperation)
