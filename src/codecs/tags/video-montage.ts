import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { AudioMix } from '../nodes/audio-mix'
import { Audio } from '../nodes/audio'
import { Container } from '../nodes/container'
import { Video } from '../nodes/video'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const VideoMontageC = partial(
  {
    /** Output container. */
    Container: Container,
    /** Video encoding. */
    Video: Video,
    /** Audio encoding. */
    Audio: Audio,
    /** Length of the montage, seconds. */
    Duration: NumberFromWire,
    /** Scene type: `Video` (general), `Soccer`, … */
    Scene: t.string,
    /** One audio file mixed in. */
    AudioMix: AudioMix,
    /** Several audio files mixed in, always a list. */
    AudioMixArray: t.array(AudioMix),
  },
  'VideoMontage',
)
/**
 * `Operation.VideoMontage`: the montage parameters echoed from the request.
 *
 * @example
 * import { VideoMontage } from 'tencent-ci-callback/codecs'
 * VideoMontage.decode({ Duration: '30', Scene: 'Video' }) // Right({ Duration: 30, Scene: 'Video' })
 */
export interface VideoMontage extends t.TypeOf<typeof VideoMontageC> {}
/** `VideoMontage` as it is on the wire. */
export interface VideoMontageWire extends t.OutputOf<typeof VideoMontageC> {}
export const VideoMontage: t.Type<VideoMontage, VideoMontageWire> = VideoMontageC

const VideoMontageOperationC = jobOperation('VideoMontageOperation', {
  /** The montage parameters (absent when a template supplied them). */
  VideoMontage: VideoMontage,
})

/**
 * `Operation` of a VideoMontage job: the shared nodes plus `VideoMontage`. The file written is
 * `MediaResult.OutputFile`.
 *
 * @example
 * import { VideoMontageOperation } from 'tencent-ci-callback/codecs'
 * VideoMontageOperation.decode({ VideoMontage: { Duration: '30' } }) // Right({ VideoMontage: { Duration: 30 } })
 */
export interface VideoMontageOperation extends t.TypeOf<typeof VideoMontageOperationC> {}
/** `VideoMontageOperation` as it is on the wire. */
export interface VideoMontageOperationWire extends t.OutputOf<typeof VideoMontageOperationC> {}
export const VideoMontageOperation: t.Type<VideoMontageOperation, VideoMontageOperationWire> = VideoMontageOperationC

/**
 * A finished VideoMontage (highlights montage) job, as `JobsDetail` carries it.
 *
 * @example
 * import { VideoMontageJob } from 'tencent-ci-callback/codecs'
 * VideoMontageJob.decode({ Tag: 'VideoMontage', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'VideoMontage', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface VideoMontageJob extends Job<'VideoMontage', VideoMontageOperation> {}
/** `VideoMontageJob` as it is on the wire. */
export interface VideoMontageJobWire extends JobWire<'VideoMontage', VideoMontageOperationWire> {}
export const VideoMontageJob: JobCodec<VideoMontageJob, VideoMontageJobWire> = defineJob(
  'VideoMontage',
  VideoMontageOperation,
)
