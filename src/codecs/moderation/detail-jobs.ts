import * as t from 'io-ts'
import { moderationJob } from './detail-job'
import { ModerationInteger } from './numbers'
import { AudioSection, SceneLabels, TextSection, VideoSnapshot, pageResults } from './sections'
import { suggestionProps, verdictProps } from './verdict'

const ReviewImageJobC = moderationJob('ReviewImageJob', {
  ...verdictProps,
  /** Text recognised in the image. */
  Text: t.string,
  /** `1` when the image was compressed before moderation. */
  CompressionResult: ModerationInteger,
})
/**
 * An image moderation result (`ReviewImage`).
 *
 * @example
 * import { ReviewImageJob } from 'tencent-ci-callback/codecs'
 * ReviewImageJob.decode({ JobId: 'j1', Label: 'Normal', Result: 0 })
 */
export interface ReviewImageJob extends t.TypeOf<typeof ReviewImageJobC> {}
/** `ReviewImageJob` as it is on the wire. */
export interface ReviewImageJobWire extends t.OutputOf<typeof ReviewImageJobC> {}
export const ReviewImageJob: t.Type<ReviewImageJob, ReviewImageJobWire, unknown> = ReviewImageJobC

const ReviewTextJobC = moderationJob('ReviewTextJob', {
  ...verdictProps,
  /** The text, base64, when it was sent inline. */
  Content: t.string,
  /** Number of parts in `Section`. */
  SectionCount: ModerationInteger,
  /** Verdict per part, always a list. */
  Section: t.array(TextSection),
})
/**
 * A text moderation result (`ReviewText`).
 *
 * @example
 * import { ReviewTextJob } from 'tencent-ci-callback/codecs'
 * ReviewTextJob.decode({ JobId: 'j1', Label: 'Normal', Result: 0 })
 */
export interface ReviewTextJob extends t.TypeOf<typeof ReviewTextJobC> {}
/** `ReviewTextJob` as it is on the wire. */
export interface ReviewTextJobWire extends t.OutputOf<typeof ReviewTextJobC> {}
export const ReviewTextJob: t.Type<ReviewTextJob, ReviewTextJobWire, unknown> = ReviewTextJobC

const ReviewAudioJobC = moderationJob('ReviewAudioJob', {
  ...verdictProps,
  /** Speech recognised in the whole audio. */
  AudioText: t.string,
  /** Verdict per segment, always a list. */
  Section: t.array(AudioSection),
})
/**
 * An audio moderation result (`ReviewAudio`).
 *
 * @example
 * import { ReviewAudioJob } from 'tencent-ci-callback/codecs'
 * ReviewAudioJob.decode({ JobId: 'j1', Label: 'Normal', Result: 0 })
 */
export interface ReviewAudioJob extends t.TypeOf<typeof ReviewAudioJobC> {}
/** `ReviewAudioJob` as it is on the wire. */
export interface ReviewAudioJobWire extends t.OutputOf<typeof ReviewAudioJobC> {}
export const ReviewAudioJob: t.Type<ReviewAudioJob, ReviewAudioJobWire, unknown> = ReviewAudioJobC

const ReviewVideoJobC = moderationJob('ReviewVideoJob', {
  ...verdictProps,
  /** `live_video` for live-stream moderation; absent for a video file. */
  Type: t.string,
  /** Number of frames in `Snapshot` (for a live stream in `Auditing` state: in this callback). */
  SnapshotCount: ModerationInteger,
  /** Verdict per frame, always a list. */
  Snapshot: t.array(VideoSnapshot),
  /** Verdict per audio segment, always a list. */
  AudioSection: t.array(AudioSection),
})
/**
 * A video or live-stream moderation result (`ReviewVideo`; live streams have `Type: 'live_video'`).
 *
 * @example
 * import { ReviewVideoJob } from 'tencent-ci-callback/codecs'
 * ReviewVideoJob.decode({ JobId: 'j1', Label: 'Normal', Result: 0 })
 */
export interface ReviewVideoJob extends t.TypeOf<typeof ReviewVideoJobC> {}
/** `ReviewVideoJob` as it is on the wire. */
export interface ReviewVideoJobWire extends t.OutputOf<typeof ReviewVideoJobC> {}
export const ReviewVideoJob: t.Type<ReviewVideoJob, ReviewVideoJobWire, unknown> = ReviewVideoJobC

const ReviewDocumentJobC = moderationJob('ReviewDocumentJob', {
  ...suggestionProps,
  /** Number of pages. */
  PageCount: ModerationInteger,
  /** Verdict per scene over the whole document. */
  Labels: SceneLabels,
  /** Verdict per page. */
  PageSegment: pageResults('PageSegment'),
})
/**
 * A document moderation result (`ReviewDocument`): `Suggestion`, not `Result`.
 *
 * @example
 * import { ReviewDocumentJob } from 'tencent-ci-callback/codecs'
 * ReviewDocumentJob.decode({ JobId: 'j1', Label: 'Normal', Suggestion: 0 })
 */
export interface ReviewDocumentJob extends t.TypeOf<typeof ReviewDocumentJobC> {}
/** `ReviewDocumentJob` as it is on the wire. */
export interface ReviewDocumentJobWire extends t.OutputOf<typeof ReviewDocumentJobC> {}
export const ReviewDocumentJob: t.Type<ReviewDocumentJob, ReviewDocumentJobWire, unknown> = ReviewDocumentJobC

const ReviewHtmlJobC = moderationJob('ReviewHtmlJob', {
  ...suggestionProps,
  /** Number of pages. */
  PageCount: ModerationInteger,
  /** Verdict per scene over the whole page. */
  Labels: SceneLabels,
  /** Verdict per image on the page. */
  ImageResults: pageResults('ImageResults'),
  /** Verdict per text on the page. */
  TextResults: pageResults('TextResults'),
  /** The page with the violations highlighted. */
  HighlightHtml: t.string,
})
/**
 * A webpage moderation result (`ReviewHtml`): `Suggestion`, not `Result`.
 *
 * @example
 * import { ReviewHtmlJob } from 'tencent-ci-callback/codecs'
 * ReviewHtmlJob.decode({ JobId: 'j1', Label: 'Normal', Suggestion: 0 })
 */
export interface ReviewHtmlJob extends t.TypeOf<typeof ReviewHtmlJobC> {}
/** `ReviewHtmlJob` as it is on the wire. */
export interface ReviewHtmlJobWire extends t.OutputOf<typeof ReviewHtmlJobC> {}
export const ReviewHtmlJob: t.Type<ReviewHtmlJob, ReviewHtmlJobWire, unknown> = ReviewHtmlJobC
