import * as t from 'io-ts'
import { mediaOperationProps } from '../nodes/media-operation-props'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'

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
export const WatermarkOperation: t.Type<WatermarkOperation, WatermarkOperationWire> = WatermarkOperationC

/**
 * A finished visible-watermark job (`Tag` `Watermark`, submitted on `POST /jobs`), as `JobsDetail`
 * carries it. Not to be confused with the `Watermark` template tag, nor with `DigitalWatermark`.
 *
 * @example
 * import { WatermarkJob } from 'tencent-ci-callback/codecs'
 * WatermarkJob.decode({ Tag: 'Watermark', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'Watermark', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface WatermarkJob extends Job<'Watermark', WatermarkOperation> {}
/** `WatermarkJob` as it is on the wire. */
export interface WatermarkJobWire extends JobWire<'Watermark', WatermarkOperationWire> {}
export const WatermarkJob: JobCodec<WatermarkJob, WatermarkJobWire> = defineJob('Watermark', WatermarkOperation)
