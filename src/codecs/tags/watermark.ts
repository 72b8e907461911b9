import * as t from 'io-ts'
import { mediaOperationProps } from '../nodes/media-operation-props'
import { defineJob, jobOperation, type JobCodec } from './define-job'

const WatermarkOperationC = jobOperation('WatermarkOperation', {
  /**
   * `WatermarkTemplateId[]` (up to 3, used first) or `Watermark[]` (up to 3) say what was burnt in;
   * the job may echo the other transcode-family nodes too.
   */
  ...mediaOperationProps,
})

/**
 * `Operation` of a visible-watermark (`Watermark`) job: `WatermarkTemplateId[]` and/or `Watermark[]`
 * (text or image watermarks), `Output`, `UserData`, `JobLevel`, and the transcode-family echo nodes.
 * The file written is `MediaResult.OutputFile`, described by `MediaInfo`.
 *
 * @example
 * import { WatermarkOperation } from 'tencent-ci-callback/codecs'
 * WatermarkOperation.decode({ Watermark: [{ Type: 'Text', Dx: '128', Text: { Text: 'demo' } }] })
 * // Right({ Watermark: [{ Type: 'Text', Dx: 128, Text: { Text: 'demo' } }] })
 */
export interface WatermarkOperation extends t.TypeOf<typeof WatermarkOperationC> {}
/** `WatermarkOperation` as it is on the wire. */
export interface WatermarkOperationWire extends t.OutputOf<typeof WatermarkOperationC> {}
/**
 * The io-ts codec for `WatermarkOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { WatermarkOperation } from 'tencent-ci-callback/codecs'
 * WatermarkOperation.decode({ WatermarkTemplateId: ['t1318c5f428d474afba1797f84091cbe22'] })
 * // Right({ WatermarkTemplateId: ['t1318c5f428d474afba1797f84091cbe22'] })
 */
export const WatermarkOperation: t.Type<WatermarkOperation, WatermarkOperationWire, unknown> = WatermarkOperationC

const WatermarkJobC = defineJob('Watermark', WatermarkOperation)

/**
 * A finished visible-watermark job (`Tag` `Watermark`, submitted on `POST /jobs`), as `JobsDetail`
 * carries it. Not to be confused with the `Watermark` template tag, nor with `DigitalWatermark`.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // const job = callback.JobsDetail[0]; if (job.Tag === 'Watermark') job.Operation.Watermark // Watermark[] | undefined
 */
export interface WatermarkJob extends t.TypeOf<typeof WatermarkJobC> {}
/** `WatermarkJob` as it is on the wire. */
export interface WatermarkJobWire extends t.OutputOf<typeof WatermarkJobC> {}
/**
 * The io-ts codec for `WatermarkJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { WatermarkJob } from 'tencent-ci-callback/codecs'
 * WatermarkJob.is(job) // true for a decoded Watermark job
 */
export const WatermarkJob: JobCodec<'Watermark', WatermarkJob, WatermarkJobWire> = WatermarkJobC
