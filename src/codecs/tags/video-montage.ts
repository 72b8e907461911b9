import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { AudioMix } from '../nodes/audio-mix'
import { Audio } from '../nodes/audio'
import { Container } from '../nodes/container'
import { Video } from '../nodes/video'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.VideoMontage`: the montage parameters echoed from the request.
 *
 * @example
 * import { VideoMontage } from 'tencent-ci-callback/codecs'
 * VideoMontage.decode({ Duration: '30', Scene: 'Video' }) // Right({ Duration: 30, Scene: 'Video' })
 */
export const VideoMontage = partial(
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
/** The static type of the `VideoMontage` codec. */
export type VideoMontage = t.TypeOf<typeof VideoMontage>

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
/**
 * The io-ts codec for `VideoMontageOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { VideoMontageOperation } from 'tencent-ci-callback/codecs'
 * VideoMontageOperation.decode({ VideoMontage: { Duration: '30' } }) // Right({ VideoMontage: { Duration: 30 } })
 */
export const VideoMontageOperation: t.Type<VideoMontageOperation, VideoMontageOperationWire, unknown> =
  VideoMontageOperationC

const VideoMontageJobC = defineJob('VideoMontage', VideoMontageOperation)

/**
 * A finished VideoMontage (highlights montage) job, as `JobsDetail` carries it.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // const job = callback.JobsDetail[0]; if (job.Tag === 'VideoMontage') job.Operation // VideoMontageOperation
 */
export interface VideoMontageJob extends t.TypeOf<typeof VideoMontageJobC> {}
/** `VideoMontageJob` as it is on the wire. */
export interface VideoMontageJobWire extends t.OutputOf<typeof VideoMontageJobC> {}
/**
 * The io-ts codec for `VideoMontageJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { VideoMontageJob } from 'tencent-ci-callback/codecs'
 * VideoMontageJob.is(job) // true for a decoded VideoMontage job
 */
export const VideoMontageJob: JobCodec<'VideoMontage', VideoMontageJob, VideoMontageJobWire> = VideoMontageJobC
