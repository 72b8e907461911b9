import * as t from 'io-ts'
import { DigitalWatermark } from '../nodes/digital-watermark'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'

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
export const DigitalWatermarkOperation: t.Type<DigitalWatermarkOperation, DigitalWatermarkOperationWire> =
  DigitalWatermarkOperationC

/**
 * A finished DigitalWatermark (invisible watermark embedding) job, as `JobsDetail` carries it.
 *
 * @example
 * import { DigitalWatermarkJob } from 'tencent-ci-callback/codecs'
 * DigitalWatermarkJob.decode({ Tag: 'DigitalWatermark', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'DigitalWatermark', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface DigitalWatermarkJob extends Job<'DigitalWatermark', DigitalWatermarkOperation> {}
/** `DigitalWatermarkJob` as it is on the wire. */
export interface DigitalWatermarkJobWire extends JobWire<'DigitalWatermark', DigitalWatermarkOperationWire> {}
export const DigitalWatermarkJob: JobCodec<DigitalWatermarkJob, DigitalWatermarkJobWire> = defineJob(
  'DigitalWatermark',
  DigitalWatermarkOperation,
)
