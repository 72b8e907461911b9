import * as t from 'io-ts'
import { BooleanFromWire, NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * One item of `VideoSynthesis.SpliceInfo` (always a list): a video placed on the canvas, in pixels.
 *
 * @example
 * import { SpliceInfo } from 'tencent-ci-callback/codecs'
 * SpliceInfo.decode({ Url: 'https://b.cos.ap-chongqing.myqcloud.com/a.mp4', X: '0', Y: '0', Width: '640', Height: '360' })
 * // Right({ Url: 'https://b.cos.ap-chongqing.myqcloud.com/a.mp4', X: 0, Y: 0, Width: 640, Height: 360 })
 */
export const SpliceInfo = partial(
  {
    /** URL of the video placed. */
    Url: t.string,
    /** Left edge, pixels. */
    X: NumberFromWire,
    /** Top edge, pixels. */
    Y: NumberFromWire,
    /** Width, pixels. */
    Width: NumberFromWire,
    /** Height, pixels. */
    Height: NumberFromWire,
  },
  'SpliceInfo',
)
/** The static type of the `SpliceInfo` codec. */
export type SpliceInfo = t.TypeOf<typeof SpliceInfo>

/**
 * `Operation.VideoSynthesis`: the composition echoed from the request (Go SDK field list).
 *
 * @example
 * import { VideoSynthesis } from 'tencent-ci-callback/codecs'
 * VideoSynthesis.decode({ KeepAudioTrack: 'false' }) // Right({ KeepAudioTrack: false })
 */
export const VideoSynthesis = partial(
  {
    /** Whether the audio of the inputs was kept. */
    KeepAudioTrack: BooleanFromWire,
    /** The videos placed, always a list. */
    SpliceInfo: t.array(SpliceInfo),
  },
  'VideoSynthesis',
)
/** The static type of the `VideoSynthesis` codec. */
export type VideoSynthesis = t.TypeOf<typeof VideoSynthesis>

const VideoSynthesisOperationC = jobOperation('VideoSynthesisOperation', {
  /** The composition parameters. */
  VideoSynthesis: VideoSynthesis,
})

/**
 * `Operation` of a VideoSynthesis job: the shared nodes plus `VideoSynthesis`. No documented callback
 * sample: the fields follow the Go SDK.
 *
 * @example
 * import { VideoSynthesisOperation } from 'tencent-ci-callback/codecs'
 * VideoSynthesisOperation.decode({ VideoSynthesis: { KeepAudioTrack: 'false' } }) // Right({ VideoSynthesis: { KeepAudioTrack: false } })
 */
export interface VideoSynthesisOperation extends t.TypeOf<typeof VideoSynthesisOperationC> {}
/** `VideoSynthesisOperation` as it is on the wire. */
export interface VideoSynthesisOperationWire extends t.OutputOf<typeof VideoSynthesisOperationC> {}
/**
 * The io-ts codec for `VideoSynthesisOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { VideoSynthesisOperation } from 'tencent-ci-callback/codecs'
 * VideoSynthesisOperation.decode({ VideoSynthesis: { KeepAudioTrack: 'false' } }) // Right({ VideoSynthesis: { KeepAudioTrack: false } })
 */
export const VideoSynthesisOperation: t.Type<VideoSynthesisOperation, VideoSynthesisOperationWire, unknown> =
  VideoSynthesisOperationC

const VideoSynthesisJobC = defineJob('VideoSynthesis', VideoSynthesisOperation)

/**
 * A finished VideoSynthesis (picture-in-picture composition) job, as `JobsDetail` carries it.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // const job = callback.JobsDetail[0]; if (job.Tag === 'VideoSynthesis') job.Operation // VideoSynthesisOperation
 */
export interface VideoSynthesisJob extends t.TypeOf<typeof VideoSynthesisJobC> {}
/** `VideoSynthesisJob` as it is on the wire. */
export interface VideoSynthesisJobWire extends t.OutputOf<typeof VideoSynthesisJobC> {}
/**
 * The io-ts codec for `VideoSynthesisJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { VideoSynthesisJob } from 'tencent-ci-callback/codecs'
 * VideoSynthesisJob.is(job) // true for a decoded VideoSynthesis job
 */
export const VideoSynthesisJob: JobCodec<'VideoSynthesis', VideoSynthesisJob, VideoSynthesisJobWire> =
  VideoSynthesisJobC
