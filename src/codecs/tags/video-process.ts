import * as t from 'io-ts'
import { ColorEnhance } from '../nodes/color-enhance'
import { MsSharpen } from '../nodes/ms-sharpen'
import { mediaOperationProps } from '../nodes/media-operation-props'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.VideoProcess`: the enhancement parameters echoed from the request.
 *
 * @example
 * import { VideoProcess } from 'tencent-ci-callback/codecs'
 * VideoProcess.decode({ MsSharpen: { Enable: 'true', SharpenLevel: '5' } }) // Right({ MsSharpen: { Enable: true, SharpenLevel: 5 } })
 */
export const VideoProcess = partial(
  {
    /** Colour enhancement. */
    ColorEnhance: ColorEnhance,
    /** Sharpening. */
    MsSharpen: MsSharpen,
  },
  'VideoProcess',
)
/** The static type of the `VideoProcess` codec. */
export type VideoProcess = t.TypeOf<typeof VideoProcess>

const VideoProcessOperationC = jobOperation('VideoProcessOperation', {
  /** The enhancement parameters (absent when a template supplied them). */
  VideoProcess: VideoProcess,
  /** Transcode, watermark, subtitle and digital-watermark echo nodes. */
  ...mediaOperationProps,
})

/**
 * `Operation` of a VideoProcess job: the shared nodes plus `VideoProcess`, `TranscodeTemplateId` and the
 * transcode echo nodes.
 *
 * @example
 * import { VideoProcessOperation } from 'tencent-ci-callback/codecs'
 * VideoProcessOperation.decode({ VideoProcess: { ColorEnhance: { Enable: 'true' } } }) // Right({ VideoProcess: { ColorEnhance: { Enable: true } } })
 */
export interface VideoProcessOperation extends t.TypeOf<typeof VideoProcessOperationC> {}
/** `VideoProcessOperation` as it is on the wire. */
export interface VideoProcessOperationWire extends t.OutputOf<typeof VideoProcessOperationC> {}
/**
 * The io-ts codec for `VideoProcessOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { VideoProcessOperation } from 'tencent-ci-callback/codecs'
 * VideoProcessOperation.decode({ VideoProcess: { ColorEnhance: { Enable: 'true' } } }) // Right({ VideoProcess: { ColorEnhance: { Enable: true } } })
 */
export const VideoProcessOperation: t.Type<VideoProcessOperation, VideoProcessOperationWire, unknown> =
  VideoProcessOperationC

const VideoProcessJobC = defineJob('VideoProcess', VideoProcessOperation)

/**
 * A finished VideoProcess (video enhancement: colour and sharpening) job, as `JobsDetail` carries it.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // const job = callback.JobsDetail[0]; if (job.Tag === 'VideoProcess') job.Operation // VideoProcessOperation
 */
export interface VideoProcessJob extends t.TypeOf<typeof VideoProcessJobC> {}
/** `VideoProcessJob` as it is on the wire. */
export interface VideoProcessJobWire extends t.OutputOf<typeof VideoProcessJobC> {}
/**
 * The io-ts codec for `VideoProcessJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { VideoProcessJob } from 'tencent-ci-callback/codecs'
 * VideoProcessJob.is(job) // true for a decoded VideoProcess job
 */
export const VideoProcessJob: JobCodec<'VideoProcess', VideoProcessJob, VideoProcessJobWire> = VideoProcessJobC
