import * as t from 'io-ts'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.ExtractDigitalWatermark`: the extraction parameters, and the RESULT: Tencent returns the
 * extracted watermark text in this echo node's `Message` (there is no separate result node).
 *
 * @example
 * import { ExtractDigitalWatermark } from 'tencent-ci-callback/codecs'
 * ExtractDigitalWatermark.is({ Message: '123456789ab', Type: 'Text', Version: 'V1' }) // true
 */
export const ExtractDigitalWatermark = partial(
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
/** The static type of the `ExtractDigitalWatermark` codec. */
export type ExtractDigitalWatermark = t.TypeOf<typeof ExtractDigitalWatermark>

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
/**
 * The io-ts codec for `ExtractDigitalWatermarkOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { ExtractDigitalWatermarkOperation } from 'tencent-ci-callback/codecs'
 * ExtractDigitalWatermarkOperation.decode({ ExtractDigitalWatermark: { Message: 'abc' } }) // Right({ ExtractDigitalWatermark: { Message: 'abc' } })
 */
export const ExtractDigitalWatermarkOperation: t.Type<
  ExtractDigitalWatermarkOperation,
  ExtractDigitalWatermarkOperationWire,
  unknown
> = ExtractDigitalWatermarkOperationC

const ExtractDigitalWatermarkJobC = defineJob('ExtractDigitalWatermark', ExtractDigitalWatermarkOperation)

/**
 * A finished ExtractDigitalWatermark (digital watermark extraction) job, as `JobsDetail` carries it.
 *
 * @example
 * import { ExtractDigitalWatermarkJob } from 'tencent-ci-callback/codecs'
 * // ExtractDigitalWatermarkJob.decode(tree) where tree is one normalised JobsDetail element
 */
export interface ExtractDigitalWatermarkJob extends t.TypeOf<typeof ExtractDigitalWatermarkJobC> {}
/** `ExtractDigitalWatermarkJob` as it is on the wire. */
export interface ExtractDigitalWatermarkJobWire extends t.OutputOf<typeof ExtractDigitalWatermarkJobC> {}
/**
 * The io-ts codec for `ExtractDigitalWatermarkJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { ExtractDigitalWatermarkJob } from 'tencent-ci-callback/codecs'
 * ExtractDigitalWatermarkJob.is(job) // true for a decoded ExtractDigitalWatermark job
 */
export const ExtractDigitalWatermarkJob: JobCodec<
  'ExtractDigitalWatermark',
  ExtractDigitalWatermarkJob,
  ExtractDigitalWatermarkJobWire
> = ExtractDigitalWatermarkJobC
