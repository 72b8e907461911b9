import * as t from 'io-ts'
import { VideoTagResult } from '../nodes/video-tag-result'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.VideoTag`: the video-tagging parameters echoed from the request.
 *
 * @example
 * import { VideoTag } from 'tencent-ci-callback/codecs'
 * VideoTag.is({ Scenario: 'Stream' }) // true
 */
export const VideoTag = partial(
  {
    /** Tagging scenario: `Stream` or `ShortVideo` as documented; Tencent may add others. */
    Scenario: t.string,
    /** Extra text to tag with the video (Go SDK). */
    Text: t.string,
  },
  'VideoTag',
)
/** The static type of the `VideoTag` codec. */
export type VideoTag = t.TypeOf<typeof VideoTag>

const VideoTagOperationC = jobOperation('VideoTagOperation', {
  /** The tagging parameters. */
  VideoTag: VideoTag,
  /** What was recognised: `StreamData.Data.Tags`, `PersonTags`, `PlaceTags`, … */
  VideoTagResult: VideoTagResult,
})

/**
 * `Operation` of a VideoTag job: the shared nodes plus `VideoTag` and `VideoTagResult`.
 *
 * @example
 * import { VideoTagOperation } from 'tencent-ci-callback/codecs'
 * VideoTagOperation.decode({ VideoTag: { Scenario: 'Stream' } })
 */
export interface VideoTagOperation extends t.TypeOf<typeof VideoTagOperationC> {}
/** `VideoTagOperation` as it is on the wire. */
export interface VideoTagOperationWire extends t.OutputOf<typeof VideoTagOperationC> {}
/**
 * The io-ts codec for `VideoTagOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { VideoTagOperation } from 'tencent-ci-callback/codecs'
 * VideoTagOperation.decode({ VideoTagResult: { StreamData: { SubErrCode: '0' } } })
 */
export const VideoTagOperation: t.Type<VideoTagOperation, VideoTagOperationWire, unknown> = VideoTagOperationC

const VideoTagJobC = defineJob('VideoTag', VideoTagOperation)

/**
 * A finished VideoTag (video tagging) job. Tencent's sample also carries a stray empty
 * `<VideoTag/>` directly under `JobsDetail`: empty, so it decodes to nothing.
 *
 * @example
 * import { VideoTagJob } from 'tencent-ci-callback'
 * // job.Tag === 'VideoTag': job.Operation.VideoTagResult?.StreamData?.Data?.Tags
 */
export interface VideoTagJob extends t.TypeOf<typeof VideoTagJobC> {}
/** `VideoTagJob` as it is on the wire. */
export interface VideoTagJobWire extends t.OutputOf<typeof VideoTagJobC> {}
/**
 * The io-ts codec for `VideoTagJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { VideoTagJob } from 'tencent-ci-callback/codecs'
 * VideoTagJob.is(job) // true for a decoded VideoTag job
 */
export const VideoTagJob: JobCodec<'VideoTag', VideoTagJob, VideoTagJobWire> = VideoTagJobC
