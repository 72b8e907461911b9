import * as t from 'io-ts'
import { ModerationInteger } from './numbers'
import { sceneProps, suggestionProps, verdictProps } from './verdict'
import { partial } from '../kit/partial'

const AudioSectionC = partial(
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
/**
 * An audio segment of an audio or video moderation result (`ReviewAudioJob.Section[i]`,
 * `ReviewVideoJob.AudioSection[i]`), with its own verdict.
 *
 * @example
 * import { AudioSection } from 'tencent-ci-callback/codecs'
 * AudioSection.decode({ Text: 'hello', OffsetTime: 0, Duration: 3000, Result: 0 })
 * // Right({ Text: 'hello', OffsetTime: 0, Duration: 3000, Result: 0 })
 */
export interface AudioSection extends t.TypeOf<typeof AudioSectionC> {}
/** `AudioSection` as it is on the wire. */
export interface AudioSectionWire extends t.OutputOf<typeof AudioSectionC> {}
export const AudioSection: t.Type<AudioSection, AudioSectionWire, unknown> = AudioSectionC

const VideoSnapshotC = partial(
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
/**
 * A moderated frame of a video or live stream (`ReviewVideoJob.Snapshot[i]`), with its own verdict.
 *
 * @example
 * import { VideoSnapshot } from 'tencent-ci-callback/codecs'
 * VideoSnapshot.decode({ SnapshotTime: 1000, Label: 'Normal', Result: 0 })
 * // Right({ SnapshotTime: 1000, Label: 'Normal', Result: 0 })
 */
export interface VideoSnapshot extends t.TypeOf<typeof VideoSnapshotC> {}
/** `VideoSnapshot` as it is on the wire. */
export interface VideoSnapshotWire extends t.OutputOf<typeof VideoSnapshotC> {}
export const VideoSnapshot: t.Type<VideoSnapshot, VideoSnapshotWire, unknown> = VideoSnapshotC

const TextSectionC = partial(
  {
    ...verdictProps,
    /** Where the part starts, bytes. */
    StartByte: ModerationInteger,
  },
  'TextSection',
)
/**
 * A moderated part of a text (`ReviewTextJob.Section[i]`), with its own verdict.
 *
 * @example
 * import { TextSection } from 'tencent-ci-callback/codecs'
 * TextSection.decode({ StartByte: 0, Label: 'Normal', Result: 0 }) // Right({ StartByte: 0, Label: 'Normal', Result: 0 })
 */
export interface TextSection extends t.TypeOf<typeof TextSectionC> {}
/** `TextSection` as it is on the wire. */
export interface TextSectionWire extends t.OutputOf<typeof TextSectionC> {}
export const TextSection: t.Type<TextSection, TextSectionWire, unknown> = TextSectionC

const PageResultC = partial(
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
/**
 * A moderated page of a document, or image or text of a webpage (`PageSegment.Results[i]`,
 * `ImageResults.Results[i]`, `TextResults.Results[i]`), with its own verdict.
 *
 * @example
 * import { PageResult } from 'tencent-ci-callback/codecs'
 * PageResult.decode({ PageNumber: 1, Label: 'Normal', Suggestion: 0 }) // Right({ PageNumber: 1, Label: 'Normal', Suggestion: 0 })
 */
export interface PageResult extends t.TypeOf<typeof PageResultC> {}
/** `PageResult` as it is on the wire. */
export interface PageResultWire extends t.OutputOf<typeof PageResultC> {}
export const PageResult: t.Type<PageResult, PageResultWire, unknown> = PageResultC

const pageResultsC = (name: string) =>
  partial({ /** Verdict per page or item, always a list. */ Results: t.array(PageResult) }, name)
/**
 * The pages of a document or the items of a webpage, each with its verdict
 * (`ReviewDocumentJob.PageSegment`, `ReviewHtmlJob.ImageResults`, `ReviewHtmlJob.TextResults`).
 *
 * @example
 * import { ReviewDocumentJob } from 'tencent-ci-callback/codecs'
 * ReviewDocumentJob.decode({ JobId: 'j1', PageSegment: { Results: { PageNumber: 1, Suggestion: 0 } } })
 * // Right({ JobId: 'j1', PageSegment: { Results: [{ PageNumber: 1, Suggestion: 0 }] } })
 */
export interface PageResults extends t.TypeOf<ReturnType<typeof pageResultsC>> {}
/** `PageResults` as it is on the wire. */
export interface PageResultsWire extends t.OutputOf<ReturnType<typeof pageResultsC>> {}
/** The codec of a `PageResults` node named `name` (`PageSegment`, `ImageResults`, `TextResults`). */
export const pageResults = (name: string): t.Type<PageResults, PageResultsWire, unknown> => pageResultsC(name)

const SceneLabelsC = partial(sceneProps, 'Labels')
/**
 * `Labels` of a document or webpage moderation result: the verdict per scene over the whole
 * document or page.
 *
 * @example
 * import { SceneLabels } from 'tencent-ci-callback/codecs'
 * SceneLabels.decode({ PornInfo: { HitFlag: 0, Score: 3 } }) // Right({ PornInfo: { HitFlag: 0, Score: 3 } })
 */
export interface SceneLabels extends t.TypeOf<typeof SceneLabelsC> {}
/** `SceneLabels` as it is on the wire. */
export interface SceneLabelsWire extends t.OutputOf<typeof SceneLabelsC> {}
export const SceneLabels: t.Type<SceneLabels, SceneLabelsWire, unknown> = SceneLabelsC
