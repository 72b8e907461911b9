import * as t from 'io-ts'
import { ModerationInteger, ModerationNumber } from './numbers'
import { partial } from '../partial'

/**
 * One scene's verdict (`PornInfo`, `AdsInfo`, `IllegalInfo`, `AbuseInfo`, in Detail callbacks):
 * the fields a handler acts on are typed; `Keywords`, `OcrResults`, `LibResults`… pass through.
 *
 * @example
 * import { SceneInfo } from 'tencent-ci-callback'
 * SceneInfo.decode({ HitFlag: 1, Score: 92, Label: 'Porn' }) // Right({ HitFlag: 1, Score: 92, Label: 'Porn' })
 */
export const SceneInfo = partial(
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
  },
  'SceneInfo',
)
/** The static type of the `SceneInfo` codec. */
export type SceneInfo = t.TypeOf<typeof SceneInfo>

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
