import * as t from 'io-ts'
import { BooleanFromWire } from '../kit/scalars'
import { ColorEnhance } from '../nodes/color-enhance'
import { MsSharpen } from '../nodes/ms-sharpen'
import { SDRtoHDR } from '../nodes/sdr-to-hdr'
import { SuperResolution } from '../nodes/super-resolution'
import { Transcode } from '../nodes/transcode'
import { mediaOperationProps } from '../nodes/media-operation-props'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `VideoEnhance.FrameEnhance`: frame-rate enhancement.
 *
 * @example
 * import { FrameEnhance } from 'tencent-ci-callback/codecs'
 * FrameEnhance.decode({ FrameDoubling: 'true' }) // Right({ FrameDoubling: true })
 */
export const FrameEnhance = partial(
  {
    /** Whether the frame rate was doubled by interpolation. */
    FrameDoubling: BooleanFromWire,
  },
  'FrameEnhance',
)
/** The static type of the `FrameEnhance` codec. */
export type FrameEnhance = t.TypeOf<typeof FrameEnhance>

/**
 * `Operation.VideoEnhance`: the enhancement steps echoed from the request (Go SDK field list).
 *
 * @example
 * import { VideoEnhance } from 'tencent-ci-callback/codecs'
 * VideoEnhance.decode({ SuperResolution: { Resolution: 'sdtohd' }, FrameEnhance: { FrameDoubling: 'true' } })
 * // Right({ SuperResolution: { Resolution: 'sdtohd' }, FrameEnhance: { FrameDoubling: true } })
 */
export const VideoEnhance = partial(
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
/** The static type of the `VideoEnhance` codec. */
export type VideoEnhance = t.TypeOf<typeof VideoEnhance>

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
/**
 * The io-ts codec for `VideoEnhanceOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { VideoEnhanceOperation } from 'tencent-ci-callback/codecs'
 * VideoEnhanceOperation.decode({ VideoEnhance: { FrameEnhance: { FrameDoubling: 'true' } } }) // Right({ VideoEnhance: { FrameEnhance: { FrameDoubling: true } } })
 */
export const VideoEnhanceOperation: t.Type<VideoEnhanceOperation, VideoEnhanceOperationWire, unknown> =
  VideoEnhanceOperationC

const VideoEnhanceJobC = defineJob('VideoEnhance', VideoEnhanceOperation)

/**
 * A finished VideoEnhance (combined picture enhancement) job, as `JobsDetail` carries it.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // const job = callback.JobsDetail[0]; if (job.Tag === 'VideoEnhance') job.Operation // VideoEnhanceOperation
 */
export interface VideoEnhanceJob extends t.TypeOf<typeof VideoEnhanceJobC> {}
/** `VideoEnhanceJob` as it is on the wire. */
export interface VideoEnhanceJobWire extends t.OutputOf<typeof VideoEnhanceJobC> {}
/**
 * The io-ts codec for `VideoEnhanceJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { VideoEnhanceJob } from 'tencent-ci-callback/codecs'
 * VideoEnhanceJob.is(job) // true for a decoded VideoEnhance job
 */
export const VideoEnhanceJob: JobCodec<'VideoEnhance', VideoEnhanceJob, VideoEnhanceJobWire> = VideoEnhanceJobC
