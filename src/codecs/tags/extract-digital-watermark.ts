import * as t from 'io-ts'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const ExtractDigitalWatermarkC = partial(
  {
    /** The watermark text found in the input: the job's result. Absent when none was found. */
    Message: t.string,
    /** Watermark type: `Text` (text: Tencent may add types). */
    Type: t.string,
    /** Watermark algorithm version: `V1` (text). */
    Version: t.string,
  },
  'ExtractDigitalWatermark',
)
/**
 * `Operation.ExtractDigitalWatermark`: the extraction parameters, and the RESULT: Tencent returns the
 * extracted watermark text in this echo node's `Message` (there is no separate result node).
 *
 * @example
 * import { ExtractDigitalWatermark } from 'tencent-ci-callback/codecs'
 * ExtractDigitalWatermark.is({ Message: '123456789ab', Type: 'Text', Version: 'V1' }) // true
 */
export interface ExtractDigitalWatermark extends t.TypeOf<typeof ExtractDigitalWatermarkC> {}
/** `ExtractDigitalWatermark` as it is on the wire. */
export interface ExtractDigitalWatermarkWire extends t.OutputOf<typeof ExtractDigitalWatermarkC> {}
export const ExtractDigitalWatermark: t.Type<ExtractDigitalWatermark, ExtractDigitalWatermarkWire> =
  ExtractDigitalWatermarkC

const ExtractDigitalWatermarkOperationC = jobOperation('ExtractDigitalWatermarkOperation', {
  /** The extraction parameters, with the extracted text in `Message`. */
  ExtractDigitalWatermark: ExtractDigitalWatermark,
})

/**
 * `Operation` of an ExtractDigitalWatermark job: the shared nodes plus `ExtractDigitalWatermark`, whose
 * `Message` is the extracted watermark text. Nothing is written: no `Output`, no `MediaResult`.
 *
 * @example
 * import { ExtractDigitalWatermarkOperation } from 'tencent-ci-callback/codecs'
 * ExtractDigitalWatermarkOperation.decode({ ExtractDigitalWatermark: { Message: 'abc' } }) // Right({ ExtractDigitalWatermark: { Message: 'abc' } })
 */
export interface ExtractDigitalWatermarkOperation extends t.TypeOf<typeof ExtractDigitalWatermarkOperationC> {}
/** `ExtractDigitalWatermarkOperation` as it is on the wire. */
export interface ExtractDigitalWatermarkOperationWire extends t.OutputOf<typeof ExtractDigitalWatermarkOperationC> {}
export const ExtractDigitalWatermarkOperation: t.Type<
  ExtractDigitalWatermarkOperation,
  ExtractDigitalWatermarkOperationWire
> = ExtractDigitalWatermarkOperationC

/**
 * A finished ExtractDigitalWatermark (digital watermark extraction) job, as `JobsDetail` carries it.
 *
 * @example
 * import { ExtractDigitalWatermarkJob } from 'tencent-ci-callback/codecs'
 * ExtractDigitalWatermarkJob.decode({ Tag: 'ExtractDigitalWatermark', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'ExtractDigitalWatermark', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface ExtractDigitalWatermarkJob extends Job<'ExtractDigitalWatermark', ExtractDigitalWatermarkOperation> {}
/** `ExtractDigitalWatermarkJob` as it is on the wire. */
export interface ExtractDigitalWatermarkJobWire extends JobWire<
  'ExtractDigitalWatermark',
  ExtractDigitalWatermarkOperationWire
> {}
export const ExtractDigitalWatermarkJob: JobCodec<ExtractDigitalWatermarkJob, ExtractDigitalWatermarkJobWire> =
  defineJob('ExtractDigitalWatermark', ExtractDigitalWatermarkOperation)
