import * as t from 'io-ts'
import { IntegerFromWire, NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const VideoTagLabelC = partial(
  {
    /** The tag, e.g. `Office` (localised: `说话` in Chinese payloads). */
    Tag: t.string,
    /** The tag's class, e.g. `Work`, `Nature/Outdoor`. */
    TagCls: t.string,
    /** Confidence, 0–1. */
    Confidence: NumberFromWire,
  },
  'VideoTagLabel',
)
/**
 * One tag found in a video (`Data.Tags[i]`, and the `Tags` of a place or action segment).
 *
 * @example
 * import { VideoTagLabel } from 'tencent-ci-callback/codecs'
 * VideoTagLabel.decode({ Tag: 'Office', TagCls: 'Work', Confidence: '0.591724' }) // Right({ …, Confidence: 0.591724 })
 */
export interface VideoTagLabel extends t.TypeOf<typeof VideoTagLabelC> {}
/** `VideoTagLabel` as it is on the wire. */
export interface VideoTagLabelWire extends t.OutputOf<typeof VideoTagLabelC> {}
export const VideoTagLabel: t.Type<VideoTagLabel, VideoTagLabelWire, unknown> = VideoTagLabelC

const BBoxC = partial(
  {
    /** Left edge, fraction of the width. */
    X1: NumberFromWire,
    /** Right edge, fraction of the width. */
    X2: NumberFromWire,
    /** Top edge, fraction of the height. */
    Y1: NumberFromWire,
    /** Bottom edge, fraction of the height. */
    Y2: NumberFromWire,
  },
  'BBox',
)
/**
 * A bounding box, as fractions of the frame's width (`X1`, `X2`) and height (`Y1`, `Y2`).
 *
 * @example
 * import { BBox } from 'tencent-ci-callback/codecs'
 * BBox.decode({ X1: '0.1', X2: '0.8', Y1: '0.68', Y2: '0.87' }) // Right({ X1: 0.1, X2: 0.8, Y1: 0.68, Y2: 0.87 })
 */
export interface BBox extends t.TypeOf<typeof BBoxC> {}
/** `BBox` as it is on the wire. */
export interface BBoxWire extends t.OutputOf<typeof BBoxC> {}
export const BBox: t.Type<BBox, BBoxWire, unknown> = BBoxC

const VideoTagDetectionC = partial(
  {
    /** Seconds into the video. */
    TimeStamp: NumberFromWire,
    /** Who or what was seen, e.g. `Keyboard`. */
    Name: t.string,
    /** Confidence, 0–1. */
    Confidence: NumberFromWire,
    /** Where in the frame; always a list. */
    BBox: t.array(BBox),
  },
  'VideoTagDetection',
)
/**
 * A person or object seen in one frame (`PersonTags[i].DetailPerSecond[j]`, `ObjectTags[i].Objects[j]`).
 *
 * @example
 * import { VideoTagDetection } from 'tencent-ci-callback/codecs'
 * VideoTagDetection.decode({ Name: 'Keyboard', Confidence: '0.8', BBox: [{ X1: '0.1' }] })
 */
export interface VideoTagDetection extends t.TypeOf<typeof VideoTagDetectionC> {}
/** `VideoTagDetection` as it is on the wire. */
export interface VideoTagDetectionWire extends t.OutputOf<typeof VideoTagDetectionC> {}
export const VideoTagDetection: t.Type<VideoTagDetection, VideoTagDetectionWire, unknown> = VideoTagDetectionC

const PersonTagC = partial(
  {
    /** The person's name. */
    Name: t.string,
    /** Confidence, 0–1. */
    Confidence: NumberFromWire,
    /** How many times the person appears. */
    Count: IntegerFromWire,
    /** Where the person is, second by second; always a list. */
    DetailPerSecond: t.array(VideoTagDetection),
  },
  'PersonTag',
)
/**
 * A recognised person (`Data.PersonTags[i]`): name, how often, and where each second.
 *
 * @example
 * import { PersonTag } from 'tencent-ci-callback/codecs'
 * PersonTag.decode({ Name: 'Someone', Confidence: '0.9', Count: '3' }) // Right({ …, Count: 3 })
 */
export interface PersonTag extends t.TypeOf<typeof PersonTagC> {}
/** `PersonTag` as it is on the wire. */
export interface PersonTagWire extends t.OutputOf<typeof PersonTagC> {}
export const PersonTag: t.Type<PersonTag, PersonTagWire, unknown> = PersonTagC

const PlaceTagC = partial(
  {
    /** The scene's tags; always a list. */
    Tags: t.array(VideoTagLabel),
    /** Per-frame guesses as text, `"<tag>: <confidence>"` (e.g. `Office: 0.55`); always a list. */
    ClipFrameResult: t.array(t.string),
    /** Segment start, seconds. */
    StartTime: NumberFromWire,
    /** Segment end, seconds. */
    EndTime: NumberFromWire,
    /** First frame of the segment. */
    StartIndex: IntegerFromWire,
    /** Last frame of the segment. */
    EndIndex: IntegerFromWire,
  },
  'PlaceTag',
)
/**
 * A scene segment (`Data.PlaceTags[i]`): its tags, time span, frame span and per-frame guesses.
 *
 * @example
 * import { PlaceTag } from 'tencent-ci-callback/codecs'
 * PlaceTag.decode({ StartTime: '11.04', EndIndex: '322', ClipFrameResult: ['Sky: 0.28'] })
 */
export interface PlaceTag extends t.TypeOf<typeof PlaceTagC> {}
/** `PlaceTag` as it is on the wire. */
export interface PlaceTagWire extends t.OutputOf<typeof PlaceTagC> {}
export const PlaceTag: t.Type<PlaceTag, PlaceTagWire, unknown> = PlaceTagC

const ActionTagC = partial(
  {
    /** The action's tags; always a list. */
    Tags: t.array(VideoTagLabel),
    /** Segment start, seconds. */
    StartTime: NumberFromWire,
    /** Segment end, seconds. */
    EndTime: NumberFromWire,
  },
  'ActionTag',
)
/**
 * An action segment (`Data.ActionTags[i]`); `Tags` is absent when nothing was recognised.
 *
 * @example
 * import { ActionTag } from 'tencent-ci-callback/codecs'
 * ActionTag.decode({ StartTime: '0', EndTime: '11', Tags: [{ Tag: 'Speak' }] })
 */
export interface ActionTag extends t.TypeOf<typeof ActionTagC> {}
/** `ActionTag` as it is on the wire. */
export interface ActionTagWire extends t.OutputOf<typeof ActionTagC> {}
export const ActionTag: t.Type<ActionTag, ActionTagWire, unknown> = ActionTagC

const ObjectTagC = partial(
  {
    /** The objects; always a list. */
    Objects: t.array(VideoTagDetection),
    /** Seconds into the video. */
    TimeStamp: NumberFromWire,
  },
  'ObjectTag',
)
/**
 * Objects seen at one moment (`Data.ObjectTags[i]`).
 *
 * @example
 * import { ObjectTag } from 'tencent-ci-callback/codecs'
 * ObjectTag.decode({ TimeStamp: '11', Objects: [{ Name: 'Keyboard' }] })
 */
export interface ObjectTag extends t.TypeOf<typeof ObjectTagC> {}
/** `ObjectTag` as it is on the wire. */
export interface ObjectTagWire extends t.OutputOf<typeof ObjectTagC> {}
export const ObjectTag: t.Type<ObjectTag, ObjectTagWire, unknown> = ObjectTagC
