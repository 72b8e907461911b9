import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'
import { ActionTag, ObjectTag, PersonTag, PlaceTag, VideoTagLabel } from './video-tag-labels'

const VideoTagCategoryC = partial(
  {
    /** First-level category. */
    First: t.string,
    /** Second-level category. */
    Second: t.string,
    /** Confidence, 0–1. */
    Confidence: NumberFromWire,
  },
  'VideoTagCategory',
)
/**
 * A two-level category of the whole video (`Data.Labels[i]`, Go SDK).
 *
 * @example
 * import { VideoTagCategory } from 'tencent-ci-callback/codecs'
 * VideoTagCategory.decode({ First: 'Game', Second: 'MOBA', Confidence: '0.6' })
 */
export interface VideoTagCategory extends t.TypeOf<typeof VideoTagCategoryC> {}
/** `VideoTagCategory` as it is on the wire. */
export interface VideoTagCategoryWire extends t.OutputOf<typeof VideoTagCategoryC> {}
export const VideoTagCategory: t.Type<VideoTagCategory, VideoTagCategoryWire, unknown> = VideoTagCategoryC

const VideoTagDataC = partial(
  {
    /** Tags of the whole video. */
    Tags: t.array(VideoTagLabel),
    /** People recognised. */
    PersonTags: t.array(PersonTag),
    /** Scene segments. */
    PlaceTags: t.array(PlaceTag),
    /** Action segments. */
    ActionTags: t.array(ActionTag),
    /** Objects, moment by moment. */
    ObjectTags: t.array(ObjectTag),
    /** Two-level categories of the video (Go SDK). */
    Labels: t.array(VideoTagCategory),
  },
  'VideoTagData',
)
/**
 * `VideoTagResult.StreamData.Data`: every list of what was recognised. Each list is an array
 * whatever the wire had (one item, several, or, when empty, absent).
 *
 * @example
 * import { VideoTagData } from 'tencent-ci-callback/codecs'
 * VideoTagData.decode({ Tags: [{ Tag: 'Game', Confidence: '0.587103' }] })
 */
export interface VideoTagData extends t.TypeOf<typeof VideoTagDataC> {}
/** `VideoTagData` as it is on the wire. */
export interface VideoTagDataWire extends t.OutputOf<typeof VideoTagDataC> {}
export const VideoTagData: t.Type<VideoTagData, VideoTagDataWire, unknown> = VideoTagDataC

const VideoTagResultC = partial(
  {
    /** The result and its sub-status. */
    StreamData: partial(
      {
        /** Sub-error code, text: `0` when tagging succeeded. */
        SubErrCode: t.string,
        /** Sub-error message: `ok` when tagging succeeded. */
        SubErrMsg: t.string,
        /** What was recognised. */
        Data: VideoTagData,
      },
      'VideoTagStreamData',
    ),
  },
  'VideoTagResult',
)
/**
 * `Operation.VideoTagResult`: the video-tagging output, under `StreamData`.
 *
 * @example
 * import { VideoTagResult } from 'tencent-ci-callback/codecs'
 * VideoTagResult.decode({ StreamData: { SubErrCode: '0', SubErrMsg: 'ok', Data: {} } })
 */
export interface VideoTagResult extends t.TypeOf<typeof VideoTagResultC> {}
/** `VideoTagResult` as it is on the wire. */
export interface VideoTagResultWire extends t.OutputOf<typeof VideoTagResultC> {}
export const VideoTagResult: t.Type<VideoTagResult, VideoTagResultWire, unknown> = VideoTagResultC
