import * as t from 'io-ts'
import { BooleanFromWire, NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

/**
 * `AudioMix.EffectConfig`: fades applied to the mixed-in audio.
 *
 * @example
 * import { EffectConfig } from 'tencent-ci-callback/codecs'
 * EffectConfig.decode({ EnableStartFadein: 'true', StartFadeinTime: '3' }) // Right({ EnableStartFadein: true, StartFadeinTime: 3 })
 */
export const EffectConfig = partial(
  {
    /** Whether the mixed audio fades in. */
    EnableStartFadein: BooleanFromWire,
    /** Fade-in length, seconds. */
    StartFadeinTime: NumberFromWire,
    /** Whether the mixed audio fades out. */
    EnableEndFadeout: BooleanFromWire,
    /** Fade-out length, seconds. */
    EndFadeoutTime: NumberFromWire,
    /** Whether the background music fades when the main audio changes. */
    EnableBgmFade: BooleanFromWire,
    /** That fade's length, seconds. */
    BgmFadeTime: NumberFromWire,
  },
  'EffectConfig',
)
/** The static type of the `EffectConfig` codec. */
export type EffectConfig = t.TypeOf<typeof EffectConfig>

/**
 * `AudioMix` (one item of `AudioMixArray` too): an audio file mixed into the output.
 *
 * @example
 * import { AudioMix } from 'tencent-ci-callback/codecs'
 * AudioMix.decode({ AudioSource: 'https://b.cos.ap-chongqing.myqcloud.com/mix.mp3', MixMode: 'Once', Replace: 'true' })
 * // Right({ AudioSource: 'https://b.cos.ap-chongqing.myqcloud.com/mix.mp3', MixMode: 'Once', Replace: true })
 */
export const AudioMix = partial(
  {
    /** URL of the audio mixed in. */
    AudioSource: t.string,
    /** `Repeat` (loop it) or `Once`. */
    MixMode: t.string,
    /** Whether it replaced the input's audio instead of being mixed with it. */
    Replace: BooleanFromWire,
    /** Fades. */
    EffectConfig: EffectConfig,
  },
  'AudioMix',
)
/** The static type of the `AudioMix` codec. */
export type AudioMix = t.TypeOf<typeof AudioMix>
