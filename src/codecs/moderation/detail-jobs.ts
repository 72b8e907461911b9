import * as t from 'io-ts'
import { moderationJob } from './detail-job'
import { ModerationInteger } from './numbers'
import { sceneProps, suggestionProps, verdictProps } from './verdict'
import { partial } from '../kit/partial'

/** An audio segment of an audio or video moderation result. */
const AudioSection = partial(
  {
    ...verdictProps,
    /** URL of the segment (valid for 2 hours). */
    Url: t.string,
    /** Speech recognised in the segment. */
    Text: t.string,
    /** Where the segment starts, ms. */
    OffsetTime: ModerationInteger,
    /** Segment length, ms. */
    Duration: ModerationInteger,
  },
  'AudioSection',
)

/** A moderated frame of a video or live stream. */
const VideoSnapshot = partial(
  {
    ...verdictProps,
    /** URL of the frame (valid for 2 hours). */
    Url: t.string,
    /** Text recognised in the frame. */
    Text: t.string,
    /** When the frame is, ms from the start (epoch ms for live streams). */
    SnapshotTime: ModerationInteger,
  },
  'VideoSnapshot',
)

/** A moderated part of a text. */
const TextSection = partial(
  {
    ...verdictProps,
    /** Where the part starts, bytes. */
    StartByte: ModerationInteger,
  },
  'TextSection',
)

/** A moderated page of a document, or image of a webpage. */
const PageResult = partial(
  {
    ...suggestionProps,
    /** URL of the page image. */
    Url: t.string,
    /** Text recognised on it. */
    Text: t.string,
    /** Page number (documents). */
    PageNumber: ModerationInteger,
    /** Sheet number (spreadsheets). */
    SheetNumber: ModerationInteger,
  },
  'PageResult',
)

/** `{ Results: [...] }`, always a list. */
const results = <C extends t.Mixed>(name: string, item: C) => partial({ Results: t.array(item) }, name)

/**
 * An image moderation result (`ReviewImage`).
 *
 * @example
 * import { ReviewImageJob } from 'tencent-ci-callback/codecs'
 * ReviewImageJob.decode({ JobId: 'j1', Label: 'Normal', Result: 0 })
 */
const ReviewImageJobC = moderationJob('ReviewImageJob', {
  ...verdictProps,
  /** Text recognised in the image. */
  Text: t.string,
  /** `1` when the image was compressed before moderation. */
  CompressionResult: ModerationInteger,
})
/** The static type of the `ReviewImageJob` codec. */
export interface ReviewImageJob extends t.TypeOf<typeof ReviewImageJobC> {}
/** `ReviewImageJob` as it is on the wire. */
export interface ReviewImageJobWire extends t.OutputOf<typeof ReviewImageJobC> {}
/** The io-ts codec for `ReviewImageJob`: decodes the normalised wire form, encodes back to it. */
export const ReviewImageJob: t.Type<ReviewImageJob, ReviewImageJobWire, unknown> = ReviewImageJobC

/**
 * A text moderation result (`ReviewText`).
 *
 * @example
 * import { ReviewTextJob } from 'tencent-ci-callback/codecs'
 * ReviewTextJob.decode({ JobId: 'j1', Label: 'Normal', Result: 0 })
 */
const ReviewTextJobC = moderationJob('ReviewTextJob', {
  ...verdictProps,
  /** The text, base64, when it was sent inline. */
  Content: t.string,
  /** Number of parts in `Section`. */
  SectionCount: ModerationInteger,
  /** Verdict per part, always a list. */
  Section: t.array(TextSection),
})
/** The static type of the `ReviewTextJob` codec. */
export interface ReviewTextJob extends t.TypeOf<typeof ReviewTextJobC> {}
/** `ReviewTextJob` as it is on the wire. */
export interface ReviewTextJobWire extends t.OutputOf<typeof ReviewTextJobC> {}
/** The io-ts codec for `ReviewTextJob`: decodes the normalised wire form, encodes back to it. */
export const ReviewTextJob: t.Type<ReviewTextJob, ReviewTextJobWire, unknown> = ReviewTextJobC

/**
 * An audio moderation result (`ReviewAudio`).
 *
 * @example
 * import { ReviewAudioJob } from 'tencent-ci-callback/codecs'
 * ReviewAudioJob.decode({ JobId: 'j1', Label: 'Normal', Result: 0 })
 */
const ReviewAudioJobC = moderationJob('ReviewAudioJob', {
  ...verdictProps,
  /** Speech recognised in the whole audio. */
  AudioText: t.string,
  /** Verdict per segment, always a list. */
  Section: t.array(AudioSection),
})
/** The static type of the `ReviewAudioJob` codec. */
export interface ReviewAudioJob extends t.TypeOf<typeof ReviewAudioJobC> {}
/** `ReviewAudioJob` as it is on the wire. */
export interface ReviewAudioJobWire extends t.OutputOf<typeof ReviewAudioJobC> {}
/** The io-ts codec for `ReviewAudioJob`: decodes the normalised wire form, encodes back to it. */
export const ReviewAudioJob: t.Type<ReviewAudioJob, ReviewAudioJobWire, unknown> = ReviewAudioJobC

/**
 * A video or live-stream moderation result (`ReviewVideo`; live streams have `Type: 'live_video'`).
 *
 * @example
 * import { ReviewVideoJob } from 'tencent-ci-callback/codecs'
 * ReviewVideoJob.decode({ JobId: 'j1', Label: 'Normal', Result: 0 })
 */
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
/** The static type of the `ReviewVideoJob` codec. */
export interface ReviewVideoJob extends t.TypeOf<typeof ReviewVideoJobC> {}
/** `ReviewVideoJob` as it is on the wire. */
export interface ReviewVideoJobWire extends t.OutputOf<typeof ReviewVideoJobC> {}
/** The io-ts codec for `ReviewVideoJob`: decodes the normalised wire form, encodes back to it. */
export const ReviewVideoJob: t.Type<ReviewVideoJob, ReviewVideoJobWire, unknown> = ReviewVideoJobC

/**
 * A document moderation result (`ReviewDocument`): `Suggestion`, not `Result`.
 *
 * @example
 * import { ReviewDocumentJob } from 'tencent-ci-callback/codecs'
 * ReviewDocumentJob.decode({ JobId: 'j1', Label: 'Normal', Suggestion: 0 })
 */
const ReviewDocumentJobC = moderationJob('ReviewDocumentJob', {
  ...suggestionProps,
  /** Number of pages. */
  PageCount: ModerationInteger,
  /** Verdict per scene over the whole document. */
  Labels: partial(sceneProps, 'Labels'),
  /** Verdict per page. */
  PageSegment: results('PageSegment', PageResult),
})
/** The static type of the `ReviewDocumentJob` codec. */
export interface ReviewDocumentJob extends t.TypeOf<typeof ReviewDocumentJobC> {}
/** `ReviewDocumentJob` as it is on the wire. */
export interface ReviewDocumentJobWire extends t.OutputOf<typeof ReviewDocumentJobC> {}
/** The io-ts codec for `ReviewDocumentJob`: decodes the normalised wire form, encodes back to it. */
export const ReviewDocumentJob: t.Type<ReviewDocumentJob, ReviewDocumentJobWire, unknown> = ReviewDocumentJobC

/**
 * A webpage moderation result (`ReviewHtml`): `Suggestion`, not `Result`.
 *
 * @example
 * import { ReviewHtmlJob } from 'tencent-ci-callback/codecs'
 * ReviewHtmlJob.decode({ JobId: 'j1', Label: 'Normal', Suggestion: 0 })
 */
const ReviewHtmlJobC = moderationJob('ReviewHtmlJob', {
  ...suggestionProps,
  /** Number of pages. */
  PageCount: ModerationInteger,
  /** Verdict per scene over the whole page. */
  Labels: partial(sceneProps, 'Labels'),
  /** Verdict per image on the page. */
  ImageResults: results('ImageResults', PageResult),
  /** Verdict per text on the page. */
  TextResults: results('TextResults', PageResult),
  /** The page with the violations highlighted. */
  HighlightHtml: t.string,
})
/** The static type of the `ReviewHtmlJob` codec. */
export interface ReviewHtmlJob extends t.TypeOf<typeof ReviewHtmlJobC> {}
/** `ReviewHtmlJob` as it is on the wire. */
export interface ReviewHtmlJobWire extends t.OutputOf<typeof ReviewHtmlJobC> {}
/** The io-ts codec for `ReviewHtmlJob`: decodes the normalised wire form, encodes back to it. */
export const ReviewHtmlJob: t.Type<ReviewHtmlJob, ReviewHtmlJobWire, unknown> = ReviewHtmlJobC
