import * as t from 'io-ts'
import { VideoTagResult } from '../nodes/video-tag-result'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const VideoTagC = partial(
  {
    /** Tagging scenario: `Stream` or `ShortVideo` as documented; Tencent may add others. */
    Scenario: t.string,
    /** Extra text to tag with the video (Go SDK). */
    Text: t.string,
  },
  'VideoTag',
)
/**
 * `Operation.VideoTag`: the video-tagging parameters echoed from the request.
 *
 * @example
 * import { VideoTag } from 'tencent-ci-callback/codecs'
 * VideoTag.is({ Scenario: 'Stream' }) // true
 */
export interface VideoTag extends t.TypeOf<typeof VideoTagC> {}
/** `VideoTag` as it is on the wire. */
export interface VideoTagWire extends t.OutputOf<typeof VideoTagC> {}
export const VideoTag: t.Type<VideoTag, VideoTagWire> = VideoTagC

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
export const VideoTagOperation: t.Type<VideoTagOperation, VideoTagOperationWire> = VideoTagOperationC

/**
 * A finished VideoTag (video tagging) job. Tencent's sample also carries a stray empty
 * `<VideoTag/>` directly under `JobsDetail`: empty, so it decodes to nothing.
 *
 * @example
 * import { VideoTagJob } from 'tencent-ci-callback/codecs'
 * VideoTagJob.decode({ Tag: 'VideoTag', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'VideoTag', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface VideoTagJob extends Job<'VideoTag', VideoTagOperation> {}
/** `VideoTagJob` as it is on the wire. */
export interface VideoTagJobWire extends JobWire<'VideoTag', VideoTagOperationWire> {}
export const VideoTagJob: JobCodec<VideoTagJob, VideoTagJobWire> = defineJob('VideoTag', VideoTagOperation, {
  resultNode: 'VideoTagResult',
})
