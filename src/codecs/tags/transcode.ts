import * as t from 'io-ts'
import { mediaOperationProps } from '../nodes/media-operation-props'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'

const TranscodeOperationC = jobOperation('TranscodeOperation', {
  /** Transcode, watermark, subtitle and digital-watermark echo nodes. */
  ...mediaOperationProps,
})

/**
 * `Operation` of a Transcode job: the shared nodes plus `Transcode`, `Watermark[]`,
 * `WatermarkTemplateId[]`, `RemoveWatermark[]`, `DigitalWatermark`, `Subtitles`. The file written is
 * `MediaResult.OutputFile`; `JobsDetail.Progress` is 100 when done.
 *
 * @example
 * import { TranscodeOperation } from 'tencent-ci-callback/codecs'
 * TranscodeOperation.decode({ Transcode: { Video: { Width: '1280' } } }) // Right({ Transcode: { Video: { Width: 1280 } } })
 */
export interface TranscodeOperation extends t.TypeOf<typeof TranscodeOperationC> {}
/** `TranscodeOperation` as it is on the wire. */
export interface TranscodeOperationWire extends t.OutputOf<typeof TranscodeOperationC> {}
export const TranscodeOperation: t.Type<TranscodeOperation, TranscodeOperationWire> = TranscodeOperationC

/**
 * A finished Transcode (audio/video transcoding, Top Speed Codec included) job, as `JobsDetail` carries it.
 *
 * @example
 * import { TranscodeJob } from 'tencent-ci-callback/codecs'
 * TranscodeJob.decode({ Tag: 'Transcode', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'Transcode', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface TranscodeJob extends Job<'Transcode', TranscodeOperation> {}
/** `TranscodeJob` as it is on the wire. */
export interface TranscodeJobWire extends JobWire<'Transcode', TranscodeOperationWire> {}
export const TranscodeJob: JobCodec<TranscodeJob, TranscodeJobWire> = defineJob('Transcode', TranscodeOperation)
