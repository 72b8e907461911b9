import * as t from 'io-ts'
import { AudioMix } from './audio-mix'
import { Audio } from './audio'
import { Container } from './container'
import { TimeInterval } from './time-interval'
import { TransConfig } from './trans-config'
import { Video } from './video'
import { partial } from '../kit/partial'

const TranscodeC = partial(
  {
    /** Output container. */
    Container: Container,
    /** Video encoding. */
    Video: Video,
    /** Part of the input transcoded. */
    TimeInterval: TimeInterval,
    /** Audio encoding. */
    Audio: Audio,
    /** Adaptation to the input, HLS encryption. */
    TransConfig: TransConfig,
    /** One audio file mixed in. */
    AudioMix: AudioMix,
    /** Several audio files mixed in, always a list. */
    AudioMixArray: t.array(AudioMix),
  },
  'Transcode',
)
/**
 * `Operation.Transcode`: the transcode parameters echoed from the request (absent when a
 * template supplied them). Also inside SDRtoHDR, VideoProcess, SuperResolution, VideoEnhance
 * and GeneratePlayList jobs.
 *
 * @example
 * import { Transcode } from 'tencent-ci-callback/codecs'
 * Transcode.decode({ Container: { Format: 'mp4' }, Video: { Codec: 'H.264', Width: '1280' } })
 * // Right({ Container: { Format: 'mp4' }, Video: { Codec: 'H.264', Width: 1280 } })
 */
export interface Transcode extends t.TypeOf<typeof TranscodeC> {}
/** `Transcode` as it is on the wire. */
export interface TranscodeWire extends t.OutputOf<typeof TranscodeC> {}
export const Transcode: t.Type<Transcode, TranscodeWire, unknown> = TranscodeC
