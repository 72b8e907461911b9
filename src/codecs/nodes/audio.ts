import * as t from 'io-ts'
import { BooleanFromWire, IntegerFromWire, NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const AudioC = partial(
  {
    /** Codec: `aac`, `mp3`, `flac`, `amr`, `Vorbis`, `opus`, `pcm_s16le`, … */
    Codec: t.string,
    /** Sample rate, Hz (`44100`, `48000`, …). */
    Samplerate: IntegerFromWire,
    /** Bitrate, Kbps. */
    Bitrate: NumberFromWire,
    /** Number of channels. */
    Channels: IntegerFromWire,
    /** Whether the audio track was dropped. */
    Remove: BooleanFromWire,
    /** Whether both audio tracks of a dual-track input were kept. */
    KeepTwoTracks: BooleanFromWire,
    /** Whether the left and right tracks were swapped. */
    SwitchTrack: BooleanFromWire,
    /** Sample format (`s16`, `fltp`, …). */
    SampleFormat: t.string,
  },
  'Audio',
)
/**
 * `Audio`: audio encoding parameters echoed from the request (Transcode, Concat, VideoMontage).
 * Not the `MediaInfo.Stream.Audio` of the output: that is `AudioStream`.
 *
 * @example
 * import { Audio } from 'tencent-ci-callback/codecs'
 * Audio.decode({ Codec: 'aac', Samplerate: '44100', Bitrate: '128', Channels: '2' })
 * // Right({ Codec: 'aac', Samplerate: 44100, Bitrate: 128, Channels: 2 })
 */
export interface Audio extends t.TypeOf<typeof AudioC> {}
/** `Audio` as it is on the wire. */
export interface AudioWire extends t.OutputOf<typeof AudioC> {}
export const Audio: t.Type<Audio, AudioWire, unknown> = AudioC
