import * as t from 'io-ts'
import { mediaOperationProps } from '../nodes/media-operation-props'
import { defineJob, jobOperation, type JobCodec } from './define-job'

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
/**
 * The io-ts codec for `TranscodeOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { TranscodeOperation } from 'tencent-ci-callback/codecs'
 * TranscodeOperation.decode({ Transcode: { Video: { Width: '1280' } } }) // Right({ Transcode: { Video: { Width: 1280 } } })
 */
export const TranscodeOperation: t.Type<TranscodeOperation, TranscodeOperationWire, unknown> = TranscodeOperationC

const TranscodeJobC = defineJob('Transcode', TranscodeOperation)

/**
 * A finished Transcode (audio/video transcoding, Top Speed Codec included) job, as `JobsDetail` carries it.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // const job = callback.JobsDetail[0]; if (job.Tag === 'Transcode') job.Operation // TranscodeOperation
 */
export interface TranscodeJob extends t.TypeOf<typeof TranscodeJobC> {}
/** `TranscodeJob` as it is on the wire. */
export interface TranscodeJobWire extends t.OutputOf<typeof TranscodeJobC> {}
/**
 * The io-ts codec for `TranscodeJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { TranscodeJob } from 'tencent-ci-callback/codecs'
 * TranscodeJob.is(job) // true for a decoded Transcode job
 */
export const TranscodeJob: JobCodec<'Transcode', TranscodeJob, TranscodeJobWire> = TranscodeJobC
