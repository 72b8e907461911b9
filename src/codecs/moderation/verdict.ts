import * as t from 'io-ts'
import { ModerationInteger, ModerationNumber } from './numbers'
import { partial } from '../kit/partial'
import { RawTree } from '../kit/raw-tree'

const HitLocationC = partial(
  {
    /** Left edge, pixels. */
    X: ModerationNumber,
    /** Top edge, pixels. */
    Y: ModerationNumber,
    /** Width, pixels. */
    Width: ModerationNumber,
    /** Height, pixels. */
    Height: ModerationNumber,
    /** Rotation, degrees. */
    Rotate: ModerationNumber,
  },
  'HitLocation',
)
/**
 * Where in an image a hit was found (`OcrResults[i].Location`, `ObjectResults[i].Location`).
 *
 * @example
 * import { HitLocation } from 'tencent-ci-callback/codecs'
 * HitLocation.decode({ X: 10, Y: 20, Width: 100, Height: 30, Rotate: 0 })
 */
export interface HitLocation extends t.TypeOf<typeof HitLocationC> {}
/** `HitLocation` as it is on the wire. */
export interface HitLocationWire extends t.OutputOf<typeof HitLocationC> {}
export const HitLocation: t.Type<HitLocation, HitLocationWire, unknown> = HitLocationC

const OcrResultC = partial(
  {
    /** The text recognised. */
    Text: t.string,
    /** The keywords of it that hit, always a list. */
    Keywords: t.array(t.string),
    /** Where the text is. */
    Location: HitLocation,
  },
  'OcrResult',
)
/**
 * One piece of text recognised in an image that hit a scene (`SceneInfo.OcrResults[i]`).
 *
 * @example
 * import { OcrResult } from 'tencent-ci-callback/codecs'
 * OcrResult.decode({ Text: 'buy now', Keywords: ['buy'] }) // Right({ Text: 'buy now', Keywords: ['buy'] })
 */
export interface OcrResult extends t.TypeOf<typeof OcrResultC> {}
/** `OcrResult` as it is on the wire. */
export interface OcrResultWire extends t.OutputOf<typeof OcrResultC> {}
export const OcrResult: t.Type<OcrResult, OcrResultWire, unknown> = OcrResultC

const ObjectResultC = partial(
  {
    /** The object's name. */
    Name: t.string,
    /** Where it is. */
    Location: HitLocation,
  },
  'ObjectResult',
)
/**
 * An object recognised in an image that hit a scene (`SceneInfo.ObjectResults[i]`).
 *
 * @example
 * import { ObjectResult } from 'tencent-ci-callback/codecs'
 * ObjectResult.decode({ Name: 'flag' })
 */
export interface ObjectResult extends t.TypeOf<typeof ObjectResultC> {}
/** `ObjectResult` as it is on the wire. */
export interface ObjectResultWire extends t.OutputOf<typeof ObjectResultC> {}
export const ObjectResult: t.Type<ObjectResult, ObjectResultWire, unknown> = ObjectResultC

const SceneInfoC = partial(
  {
    /** `0` not hit, `1` hit (violation), `2` suspicious. */
    HitFlag: ModerationInteger,
    /** Confidence, 0–100: higher means more likely a violation. */
    Score: ModerationNumber,
    /** Label of the hit, e.g. `Porn`. */
    Label: t.string,
    /** Category under the label. */
    Category: t.string,
    /** Finer label under the category. */
    SubLabel: t.string,
    /** How many segments/frames hit this scene (text, video aggregates). */
    Count: ModerationInteger,
    /** Text in the image that hit, always a list (image, document, html). */
    OcrResults: t.array(OcrResult),
    /** Objects in the image that hit, always a list. */
    ObjectResults: t.array(ObjectResult),
    /** Entries of a custom library that matched, always a list (their shape varies by library type). */
    LibResults: t.array(RawTree),
  },
  'SceneInfo',
)
/**
 * One scene's verdict (`PornInfo`, `AdsInfo`, `IllegalInfo`, `AbuseInfo`, in Detail callbacks):
 * the fields a handler acts on are typed, the lists always lists; `Keywords` and others pass through.
 *
 * @example
 * import { SceneInfo } from 'tencent-ci-callback/codecs'
 * SceneInfo.decode({ HitFlag: 1, Score: 92, Label: 'Porn' }) // Right({ HitFlag: 1, Score: 92, Label: 'Porn' })
 */
export interface SceneInfo extends t.TypeOf<typeof SceneInfoC> {}
/** `SceneInfo` as it is on the wire. */
export interface SceneInfoWire extends t.OutputOf<typeof SceneInfoC> {}
export const SceneInfo: t.Type<SceneInfo, SceneInfoWire, unknown> = SceneInfoC

/** The scene verdicts every moderation result may carry. */
export const sceneProps = {
  /** Pornography verdict. */
  PornInfo: SceneInfo,
  /** Advertising verdict. */
  AdsInfo: SceneInfo,
  /** Illegal-content verdict. */
  IllegalInfo: SceneInfo,
  /** Abuse verdict. */
  AbuseInfo: SceneInfo,
}

/** The verdict of a whole job or of one segment, frame or page. */
export const verdictProps = {
  ...sceneProps,
  /** `Normal`, `Porn`, `Ads`, `Illegal`, `Abuse`, … */
  Label: t.string,
  /** Finer label. */
  SubLabel: t.string,
  /** `0` normal, `1` violation, `2` suspicious (review by a person). */
  Result: ModerationInteger,
  /** Confidence of `Label`, 0–100. */
  Score: ModerationNumber,
  /** Category under `Label`. */
  Category: t.string,
}

/** The verdict of a document or webpage job, page or item: `Suggestion` instead of `Result`. */
export const suggestionProps = {
  ...sceneProps,
  /** `Normal`, `Porn`, `Ads`, … */
  Label: t.string,
  /** Finer label. */
  SubLabel: t.string,
  /** `0` normal, `1` violation, `2` suspicious. */
  Suggestion: ModerationInteger,
}
