import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const TargetLocationC = partial(
  {
    /** Left edge, pixels. */
    X: NumberFromWire,
    /** Top edge, pixels. */
    Y: NumberFromWire,
    /** Width, pixels. */
    Width: NumberFromWire,
    /** Height, pixels. */
    Height: NumberFromWire,
  },
  'TargetLocation',
)
/**
 * Where a target is in the frame, pixels.
 *
 * @example
 * import { TargetLocation } from 'tencent-ci-callback/codecs'
 * TargetLocation.decode({ X: '120', Y: '64', Width: '300', Height: '540' })
 */
export interface TargetLocation extends t.TypeOf<typeof TargetLocationC> {}
/** `TargetLocation` as it is on the wire. */
export interface TargetLocationWire extends t.OutputOf<typeof TargetLocationC> {}
export const TargetLocation: t.Type<TargetLocation, TargetLocationWire, unknown> = TargetLocationC

const RecognisedTargetC = partial(
  {
    /** What was recognised: a category such as `person`, `dog`, a car model, a plate number. */
    Name: t.string,
    /** Confidence, 0–100. */
    Score: NumberFromWire,
    /** Where in the frame. */
    Location: TargetLocation,
  },
  'RecognisedTarget',
)
/**
 * One target found in a frame (`BodyInfo[i]`, `PetInfo[i]`, `CarInfo[i]`, `FaceInfo[i]`,
 * `PlateInfo[i]`, or `ResultDetails[i].ResultInfo[j]` in the Java SDK's shape).
 *
 * @example
 * import { RecognisedTarget } from 'tencent-ci-callback/codecs'
 * RecognisedTarget.decode({ Name: 'dog', Score: '93', Location: { X: '10' } })
 */
export interface RecognisedTarget extends t.TypeOf<typeof RecognisedTargetC> {}
/** `RecognisedTarget` as it is on the wire. */
export interface RecognisedTargetWire extends t.OutputOf<typeof RecognisedTargetC> {}
export const RecognisedTarget: t.Type<RecognisedTarget, RecognisedTargetWire, unknown> = RecognisedTargetC

const TargetFrameC = partial(
  {
    /** Time of the frame in the video, as sent (Tencent documents no unit). */
    Time: t.string,
    /** URL of the frame's snapshot. */
    Url: t.string,
    /** People found; always a list. */
    BodyInfo: t.array(RecognisedTarget),
    /** Pets found; always a list. */
    PetInfo: t.array(RecognisedTarget),
    /** Cars found; always a list. */
    CarInfo: t.array(RecognisedTarget),
    /** Faces found; always a list. */
    FaceInfo: t.array(RecognisedTarget),
    /** Licence plates found; always a list. */
    PlateInfo: t.array(RecognisedTarget),
    /** Overall score of the kind (Java SDK shape), as sent. */
    FusionScore: t.string,
    /** Frames (Java SDK shape); always a list. */
    ResultDetails: t.array(
      partial(
        {
          /** Time of the frame in the video, as sent. */
          Time: t.string,
          /** URL of the frame's snapshot. */
          Url: t.string,
          /** Targets found; always a list. */
          ResultInfo: t.array(RecognisedTarget),
        },
        'TargetResultDetail',
      ),
    ),
  },
  'TargetFrame',
)
/**
 * One frame with targets (`VideoTargetRecResult.BodyRecognition[i]` and its siblings). The Go
 * SDK's shape is `{Time, Url, <Kind>Info[]}`; the Java SDK's (`…RecognitionResult`) is
 * `{FusionScore, ResultDetails[]{Time, Url, ResultInfo[]}}`: both are typed here.
 *
 * @example
 * import { TargetFrame } from 'tencent-ci-callback/codecs'
 * TargetFrame.decode({ Time: '2000', Url: 'https://…/2000.jpg', PetInfo: [{ Name: 'dog' }] })
 */
export interface TargetFrame extends t.TypeOf<typeof TargetFrameC> {}
/** `TargetFrame` as it is on the wire. */
export interface TargetFrameWire extends t.OutputOf<typeof TargetFrameC> {}
export const TargetFrame: t.Type<TargetFrame, TargetFrameWire, unknown> = TargetFrameC

const VideoTargetRecResultC = partial(
  {
    /** Frames with people (Go SDK). */
    BodyRecognition: t.array(TargetFrame),
    /** Frames with pets (Go SDK). */
    PetRecognition: t.array(TargetFrame),
    /** Frames with cars (Go SDK). */
    CarRecognition: t.array(TargetFrame),
    /** Frames with faces (Go SDK). */
    FaceRecognition: t.array(TargetFrame),
    /** Frames with licence plates (both SDKs). */
    LicenseRecognitionResult: t.array(TargetFrame),
    /** People (Java SDK). */
    BodyRecognitionResult: t.array(TargetFrame),
    /** Pets (Java SDK). */
    PetRecognitionResult: t.array(TargetFrame),
    /** Cars (Java SDK). */
    CarRecognitionResult: t.array(TargetFrame),
    /** Faces (Java SDK). */
    FaceRecognitionResult: t.array(TargetFrame),
    /** Whether sensitive content was found, as sent. */
    Sensitive: t.string,
  },
  'VideoTargetRecResult',
)
/**
 * `Operation.VideoTargetRecResult`: the frames where people, pets, cars, faces or plates were
 * found. The SDKs disagree on this node; every list name either uses is typed, each always a list.
 *
 * @example
 * import { VideoTargetRecResult } from 'tencent-ci-callback/codecs'
 * VideoTargetRecResult.decode({ CarRecognition: [{ Time: '0', CarInfo: [{ Name: 'sedan' }] }] })
 */
export interface VideoTargetRecResult extends t.TypeOf<typeof VideoTargetRecResultC> {}
/** `VideoTargetRecResult` as it is on the wire. */
export interface VideoTargetRecResultWire extends t.OutputOf<typeof VideoTargetRecResultC> {}
export const VideoTargetRecResult: t.Type<VideoTargetRecResult, VideoTargetRecResultWire, unknown> =
  VideoTargetRecResultC
