import * as t from 'io-ts'
import { DigitalWatermark } from '../nodes/digital-watermark'
import { defineJob, jobOperation, type JobCodec } from './define-job'

const DigitalWatermarkOperationC = jobOperation('DigitalWatermarkOperation', {
  /** The watermark embedded, with its outcome. */
  DigitalWatermark: DigitalWatermark,
})

/**
 * `Operation` of a DigitalWatermark job: the shared nodes plus `DigitalWatermark`. `JobsDetail.SubTag` is
 * `DigitalWatermark`.
 *
 * @example
 * import { DigitalWatermarkOperation } from 'tencent-ci-callback/codecs'
 * DigitalWatermarkOperation.decode({ DigitalWatermark: { Type: 'Text', Version: 'V1' } }) // Right({ DigitalWatermark: { Type: 'Text', Version: 'V1' } })
 */
export interface DigitalWatermarkOperation extends t.TypeOf<typeof DigitalWatermarkOperationC> {}
/** `DigitalWatermarkOperation` as it is on the wire. */
export interface DigitalWatermarkOperationWire extends t.OutputOf<typeof DigitalWatermarkOperationC> {}
/**
 * The io-ts codec for `DigitalWatermarkOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { DigitalWatermarkOperation } from 'tencent-ci-callback/codecs'
 * DigitalWatermarkOperation.decode({ DigitalWatermark: { Type: 'Text', Version: 'V1' } }) // Right({ DigitalWatermark: { Type: 'Text', Version: 'V1' } })
 */
export const DigitalWatermarkOperation: t.Type<DigitalWatermarkOperation, DigitalWatermarkOperationWire, unknown> =
  DigitalWatermarkOperationC

const DigitalWatermarkJobC = defineJob('DigitalWatermark', DigitalWatermarkOperation)

/**
 * A finished DigitalWatermark (invisible watermark embedding) job, as `JobsDetail` carries it.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // const job = callback.JobsDetail[0]; if (job.Tag === 'DigitalWatermark') job.Operation // DigitalWatermarkOperation
 */
export interface DigitalWatermarkJob extends t.TypeOf<typeof DigitalWatermarkJobC> {}
/** `DigitalWatermarkJob` as it is on the wire. */
export interface DigitalWatermarkJobWire extends t.OutputOf<typeof DigitalWatermarkJobC> {}
/**
 * The io-ts codec for `DigitalWatermarkJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { DigitalWatermarkJob } from 'tencent-ci-callback/codecs'
 * DigitalWatermarkJob.is(job) // true for a decoded DigitalWatermark job
 */
export const DigitalWatermarkJob: JobCodec<'DigitalWatermark', DigitalWatermarkJob, DigitalWatermarkJobWire> =
  DigitalWatermarkJobC
