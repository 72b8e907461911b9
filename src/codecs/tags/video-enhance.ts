import * as t from 'io-ts'
import { BooleanFromWire } from '../kit/scalars'
import { ColorEnhance } from '../nodes/color-enhance'
import { MsSharpen } from '../nodes/ms-sharpen'
import { SDRtoHDR } from '../nodes/sdr-to-hdr'
import { SuperResolution } from '../nodes/super-resolution'
import { Transcode } from '../nodes/transcode'
import { mediaOperationProps } from '../nodes/media-operation-props'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const FrameEnhanceC = partial(
  {
    /** Whether the frame rate was doubled by interpolation. */
    FrameDoubling: BooleanFromWire,
  },
  'FrameEnhance',
)
/**
 * `VideoEnhance.FrameEnhance`: frame-rate enhancement.
 *
 * @example
 * import { FrameEnhance } from 'tencent-ci-callback/codecs'
 * FrameEnhance.decode({ FrameDoubling: 'true' }) // Right({ FrameDoubling: true })
 */
export interface FrameEnhance extends t.TypeOf<typeof FrameEnhanceC> {}
/** `FrameEnhance` as it is on the wire. */
export interface FrameEnhanceWire extends t.OutputOf<typeof FrameEnhanceC> {}
export const FrameEnhance: t.Type<FrameEnhance, FrameEnhanceWire> = FrameEnhanceC

const VideoEnhanceC = partial(
  {
    /** Output encoding. */
    Transcode: Transcode,
    /** Upscaling. */
    SuperResolution: SuperResolution,
    /** Colour enhancement. */
    ColorEnhance: ColorEnhance,
    /** Sharpening. */
    MsSharpen: MsSharpen,
    /** HDR conversion. */
    SDRtoHDR: SDRtoHDR,
    /** Frame-rate enhancement. */
    FrameEnhance: FrameEnhance,
  },
  'VideoEnhance',
)
/**
 * `Operation.VideoEnhance`: the enhancement steps echoed from the request (Go SDK field list).
 *
 * @example
 * import { VideoEnhance } from 'tencent-ci-callback/codecs'
 * VideoEnhance.decode({ SuperResolution: { Resolution: 'sdtohd' }, FrameEnhance: { FrameDoubling: 'true' } })
 * // Right({ SuperResolution: { Resolution: 'sdtohd' }, FrameEnhance: { FrameDoubling: true } })
 */
export interface VideoEnhance extends t.TypeOf<typeof VideoEnhanceC> {}
/** `VideoEnhance` as it is on the wire. */
export interface VideoEnhanceWire extends t.OutputOf<typeof VideoEnhanceC> {}
export const VideoEnhance: t.Type<VideoEnhance, VideoEnhanceWire> = VideoEnhanceC

const VideoEnhanceOperationC = jobOperation('VideoEnhanceOperation', {
  /** The enhancement steps (absent when a template supplied them). */
  VideoEnhance: VideoEnhance,
  /** Transcode, watermark, subtitle and digital-watermark echo nodes. */
  ...mediaOperationProps,
})

/**
 * `Operation` of a VideoEnhance job: the shared nodes plus `VideoEnhance` and the transcode echo nodes. No
 * documented callback sample: the fields follow the Go SDK.
 *
 * @example
 * import { VideoEnhanceOperation } from 'tencent-ci-callback/codecs'
 * VideoEnhanceOperation.decode({ VideoEnhance: { FrameEnhance: { FrameDoubling: 'true' } } }) // Right({ VideoEnhance: { FrameEnhance: { FrameDoubling: true } } })
 */
export interface VideoEnhanceOperation extends t.TypeOf<typeof VideoEnhanceOperationC> {}
/** `VideoEnhanceOperation` as it is on the wire. */
export interface VideoEnhanceOperationWire extends t.OutputOf<typeof VideoEnhanceOperationC> {}
export const VideoEnhanceOperation: t.Type<VideoEnhanceOperation, VideoEnhanceOperationWire> = VideoEnhanceOperationC

/**
 * A finished VideoEnhance (combined picture enhancement) job, as `JobsDetail` carries it.
 *
 * @example
 * import { VideoEnhanceJob } from 'tencent-ci-callback/codecs'
 * VideoEnhanceJob.decode({ Tag: 'VideoEnhance', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'VideoEnhance', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface VideoEnhanceJob extends Job<'VideoEnhance', VideoEnhanceOperation> {}
/** `VideoEnhanceJob` as it is on the wire. */
export interface VideoEnhanceJobWire extends JobWire<'VideoEnhance', VideoEnhanceOperationWire> {}
export const VideoEnhanceJob: JobCodec<VideoEnhanceJob, VideoEnhanceJobWire> = defineJob(
  'VideoEnhance',
  VideoEnhanceOperation,
)
