import * as t from 'io-ts'
import { BooleanFromWire, IntegerFromWire, NumberFromWire } from '../kit/scalars'
import { AudioMix } from './audio-mix'
import { Audio } from './audio'
import { Container } from './container'
import { Video } from './video'
import { partial } from '../kit/partial'

const ConcatFragmentC = partial(
  {
    /** URL of the clip. */
    Url: t.string,
    /** Where it goes: `Start` (before the input) or `End` (after it). */
    Mode: t.string,
    /** Start offset in the clip, seconds. */
    StartTime: NumberFromWire,
    /** End offset in the clip, seconds. */
    EndTime: NumberFromWire,
    /** Position of the clip among the fragments. */
    FragmentIndex: IntegerFromWire,
    /** Length used, seconds. */
    Duration: NumberFromWire,
  },
  'ConcatFragment',
)
/**
 * One item of `ConcatTemplate.ConcatFragment` (always a list): a clip joined in.
 *
 * @example
 * import { ConcatFragment } from 'tencent-ci-callback/codecs'
 * ConcatFragment.decode({ Url: 'https://b.cos.ap-chongqing.myqcloud.com/start.mp4', Mode: 'Start' })
 * // Right({ Url: 'https://b.cos.ap-chongqing.myqcloud.com/start.mp4', Mode: 'Start' })
 */
export interface ConcatFragment extends t.TypeOf<typeof ConcatFragmentC> {}
/** `ConcatFragment` as it is on the wire. */
export interface ConcatFragmentWire extends t.OutputOf<typeof ConcatFragmentC> {}
export const ConcatFragment: t.Type<ConcatFragment, ConcatFragmentWire, unknown> = ConcatFragmentC

const SceneChangeInfoC = partial(
  {
    /** Transition mode: `Default` (none), `FADE`, `GRADIENT`. */
    Mode: t.string,
    /** Transition length, seconds. */
    Time: NumberFromWire,
    /** Transition effect name. */
    TransitionType: t.string,
  },
  'SceneChangeInfo',
)
/**
 * `ConcatTemplate.SceneChangeInfo`: the transition between fragments.
 *
 * @example
 * import { SceneChangeInfo } from 'tencent-ci-callback/codecs'
 * SceneChangeInfo.decode({ Mode: 'GRADIENT', Time: '3' }) // Right({ Mode: 'GRADIENT', Time: 3 })
 */
export interface SceneChangeInfo extends t.TypeOf<typeof SceneChangeInfoC> {}
/** `SceneChangeInfo` as it is on the wire. */
export interface SceneChangeInfoWire extends t.OutputOf<typeof SceneChangeInfoC> {}
export const SceneChangeInfo: t.Type<SceneChangeInfo, SceneChangeInfoWire, unknown> = SceneChangeInfoC

const ConcatTemplateC = partial(
  {
    /** The clips joined, always a list. */
    ConcatFragment: t.array(ConcatFragment),
    /** Audio encoding of the output. */
    Audio: Audio,
    /** Video encoding of the output. */
    Video: Video,
    /** Output container. */
    Container: Container,
    /** Position of the input among the fragments. */
    Index: IntegerFromWire,
    /** One audio file mixed in. */
    AudioMix: AudioMix,
    /** Several audio files mixed in, always a list. */
    AudioMixArray: t.array(AudioMix),
    /** Transition between fragments. */
    SceneChangeInfo: SceneChangeInfo,
    /** Whether the clips were joined without re-encoding. */
    DirectConcat: BooleanFromWire,
  },
  'ConcatTemplate',
)
/**
 * `Operation.ConcatTemplate`: the concat parameters echoed from the request.
 *
 * @example
 * import { ConcatTemplate } from 'tencent-ci-callback/codecs'
 * ConcatTemplate.decode({ ConcatFragment: [{ Url: 'https://b.cos.ap-chongqing.myqcloud.com/a.mp4', Mode: 'Start' }], Index: '0' })
 * // Right({ ConcatFragment: [{ Url: 'https://b.cos.ap-chongqing.myqcloud.com/a.mp4', Mode: 'Start' }], Index: 0 })
 */
export interface ConcatTemplate extends t.TypeOf<typeof ConcatTemplateC> {}
/** `ConcatTemplate` as it is on the wire. */
export interface ConcatTemplateWire extends t.OutputOf<typeof ConcatTemplateC> {}
export const ConcatTemplate: t.Type<ConcatTemplate, ConcatTemplateWire, unknown> = ConcatTemplateC
