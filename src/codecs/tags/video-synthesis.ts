import * as t from 'io-ts'
import { BooleanFromWire, NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const SpliceInfoC = partial(
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
/**
 * One item of `VideoSynthesis.SpliceInfo` (always a list): a video placed on the canvas, in pixels.
 *
 * @example
 * import { SpliceInfo } from 'tencent-ci-callback/codecs'
 * SpliceInfo.decode({ Url: 'https://b.cos.ap-chongqing.myqcloud.com/a.mp4', X: '0', Y: '0', Width: '640', Height: '360' })
 * // Right({ Url: 'https://b.cos.ap-chongqing.myqcloud.com/a.mp4', X: 0, Y: 0, Width: 640, Height: 360 })
 */
export interface SpliceInfo extends t.TypeOf<typeof SpliceInfoC> {}
/** `SpliceInfo` as it is on the wire. */
export interface SpliceInfoWire extends t.OutputOf<typeof SpliceInfoC> {}
export const SpliceInfo: t.Type<SpliceInfo, SpliceInfoWire> = SpliceInfoC

const VideoSynthesisC = partial(
  {
    /** Whether the audio of the inputs was kept. */
    KeepAudioTrack: BooleanFromWire,
    /** The videos placed, always a list. */
    SpliceInfo: t.array(SpliceInfo),
  },
  'VideoSynthesis',
)
/**
 * `Operation.VideoSynthesis`: the composition echoed from the request (Go SDK field list).
 *
 * @example
 * import { VideoSynthesis } from 'tencent-ci-callback/codecs'
 * VideoSynthesis.decode({ KeepAudioTrack: 'false' }) // Right({ KeepAudioTrack: false })
 */
export interface VideoSynthesis extends t.TypeOf<typeof VideoSynthesisC> {}
/** `VideoSynthesis` as it is on the wire. */
export interface VideoSynthesisWire extends t.OutputOf<typeof VideoSynthesisC> {}
export const VideoSynthesis: t.Type<VideoSynthesis, VideoSynthesisWire> = VideoSynthesisC

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
export const VideoSynthesisOperation: t.Type<VideoSynthesisOperation, VideoSynthesisOperationWire> =
  VideoSynthesisOperationC

/**
 * A finished VideoSynthesis (picture-in-picture composition) job, as `JobsDetail` carries it.
 *
 * @example
 * import { VideoSynthesisJob } from 'tencent-ci-callback/codecs'
 * VideoSynthesisJob.decode({ Tag: 'VideoSynthesis', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'VideoSynthesis', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface VideoSynthesisJob extends Job<'VideoSynthesis', VideoSynthesisOperation> {}
/** `VideoSynthesisJob` as it is on the wire. */
export interface VideoSynthesisJobWire extends JobWire<'VideoSynthesis', VideoSynthesisOperationWire> {}
export const VideoSynthesisJob: JobCodec<VideoSynthesisJob, VideoSynthesisJobWire> = defineJob(
  'VideoSynthesis',
  VideoSynthesisOperation,
)
