import * as t from 'io-ts'
import { BooleanFromWire, NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const EffectConfigC = partial(
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
/**
 * `AudioMix.EffectConfig`: fades applied to the mixed-in audio.
 *
 * @example
 * import { EffectConfig } from 'tencent-ci-callback/codecs'
 * EffectConfig.decode({ EnableStartFadein: 'true', StartFadeinTime: '3' }) // Right({ EnableStartFadein: true, StartFadeinTime: 3 })
 */
export interface EffectConfig extends t.TypeOf<typeof EffectConfigC> {}
/** `EffectConfig` as it is on the wire. */
export interface EffectConfigWire extends t.OutputOf<typeof EffectConfigC> {}
export const EffectConfig: t.Type<EffectConfig, EffectConfigWire, unknown> = EffectConfigC

const AudioMixC = partial(
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
/**
 * `AudioMix` (one item of `AudioMixArray` too): an audio file mixed into the output.
 *
 * @example
 * import { AudioMix } from 'tencent-ci-callback/codecs'
 * AudioMix.decode({ AudioSource: 'https://b.cos.ap-chongqing.myqcloud.com/mix.mp3', MixMode: 'Once', Replace: 'true' })
 * // Right({ AudioSource: 'https://b.cos.ap-chongqing.myqcloud.com/mix.mp3', MixMode: 'Once', Replace: true })
 */
export interface AudioMix extends t.TypeOf<typeof AudioMixC> {}
/** `AudioMix` as it is on the wire. */
export interface AudioMixWire extends t.OutputOf<typeof AudioMixC> {}
export const AudioMix: t.Type<AudioMix, AudioMixWire, unknown> = AudioMixC
