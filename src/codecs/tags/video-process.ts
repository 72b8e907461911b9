import * as t from 'io-ts'
import { ColorEnhance } from '../nodes/color-enhance'
import { MsSharpen } from '../nodes/ms-sharpen'
import { mediaOperationProps } from '../nodes/media-operation-props'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const VideoProcessC = partial(
  {
    /** Colour enhancement. */
    ColorEnhance: ColorEnhance,
    /** Sharpening. */
    MsSharpen: MsSharpen,
  },
  'VideoProcess',
)
/**
 * `Operation.VideoProcess`: the enhancement parameters echoed from the request.
 *
 * @example
 * import { VideoProcess } from 'tencent-ci-callback/codecs'
 * VideoProcess.decode({ MsSharpen: { Enable: 'true', SharpenLevel: '5' } }) // Right({ MsSharpen: { Enable: true, SharpenLevel: 5 } })
 */
export interface VideoProcess extends t.TypeOf<typeof VideoProcessC> {}
/** `VideoProcess` as it is on the wire. */
export interface VideoProcessWire extends t.OutputOf<typeof VideoProcessC> {}
export const VideoProcess: t.Type<VideoProcess, VideoProcessWire> = VideoProcessC

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
export const VideoProcessOperation: t.Type<VideoProcessOperation, VideoProcessOperationWire> = VideoProcessOperationC

/**
 * A finished VideoProcess (video enhancement: colour and sharpening) job, as `JobsDetail` carries it.
 *
 * @example
 * import { VideoProcessJob } from 'tencent-ci-callback/codecs'
 * VideoProcessJob.decode({ Tag: 'VideoProcess', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'VideoProcess', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface VideoProcessJob extends Job<'VideoProcess', VideoProcessOperation> {}
/** `VideoProcessJob` as it is on the wire. */
export interface VideoProcessJobWire extends JobWire<'VideoProcess', VideoProcessOperationWire> {}
export const VideoProcessJob: JobCodec<VideoProcessJob, VideoProcessJobWire> = defineJob(
  'VideoProcess',
  VideoProcessOperation,
)
