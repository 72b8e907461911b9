import * as t from 'io-ts'
import { IntegerFromWire, NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const MediaInfoFormatC = partial(
  {
    /** Number of streams. */
    NumStream: IntegerFromWire,
    /** Number of programs. */
    NumProgram: IntegerFromWire,
    /** Short container name, e.g. `mov,mp4,m4a,3gp,3g2,mj2`. */
    FormatName: t.string,
    /** Long container name. */
    FormatLongName: t.string,
    /** Start time, seconds. */
    StartTime: NumberFromWire,
    /** Duration, seconds. */
    Duration: NumberFromWire,
    /** Bitrate (documented as Kbps; some payloads send bps). */
    Bitrate: NumberFromWire,
    /** Size, bytes. */
    Size: IntegerFromWire,
  },
  'MediaInfoFormat',
)
/**
 * `MediaInfo.Format`: the container. Bitrates come in Kbps in most payloads and bps in some;
 * the number is kept as sent.
 *
 * @example
 * import { MediaInfoFormat } from 'tencent-ci-callback/codecs'
 * MediaInfoFormat.decode({ Duration: '70.413000', NumStream: '2' }) // Right({ Duration: 70.413, NumStream: 2 })
 */
export interface MediaInfoFormat extends t.TypeOf<typeof MediaInfoFormatC> {}
/** `MediaInfoFormat` as it is on the wire. */
export interface MediaInfoFormatWire extends t.OutputOf<typeof MediaInfoFormatC> {}
export const MediaInfoFormat: t.Type<MediaInfoFormat, MediaInfoFormatWire, unknown> = MediaInfoFormatC

/** Fields every stream kind has. */
const streamProps = {
  /** Stream index in the container. */
  Index: IntegerFromWire,
  /** Codec short name, e.g. `h264`, `aac`. */
  CodecName: t.string,
  /** Codec long name. */
  CodecLongName: t.string,
  /** Codec time base, e.g. `1/50`. */
  CodecTimeBase: t.string,
  /** Codec tag as text, e.g. `avc1`, `mp4a` or `[0][0][0][0]`. */
  CodecTagString: t.string,
  /** Codec tag, hex text such as `0x31637661` (kept as text). */
  CodecTag: t.string,
  /** Stream time base, e.g. `1/12800`. */
  Timebase: t.string,
  /** Start time, seconds. */
  StartTime: NumberFromWire,
  /** Duration, seconds. */
  Duration: NumberFromWire,
  /** Bitrate (Kbps in most payloads, bps in some). */
  Bitrate: NumberFromWire,
  /** Language tag, e.g. `und`. */
  Language: t.string,
}

const VideoStreamC = partial(
  {
    ...streamProps,
    /** Codec profile, e.g. `High`. */
    Profile: t.string,
    /** Height, pixels. */
    Height: IntegerFromWire,
    /** Width, pixels. */
    Width: IntegerFromWire,
    /** Whether (and how many) B-frames. */
    HasBFrame: IntegerFromWire,
    /** Reference frames. */
    RefFrames: IntegerFromWire,
    /** Sample aspect ratio, e.g. `1:1`. */
    Sar: t.string,
    /** Display aspect ratio, e.g. `16:9`. */
    Dar: t.string,
    /** Pixel format, e.g. `yuv420p`. */
    PixFormat: t.string,
    /** Field order, e.g. `progressive`. */
    FieldOrder: t.string,
    /** Codec level (`40`, `-99`, sometimes `1.000`). */
    Level: NumberFromWire,
    /** Frame rate as sent: `15.000000` or `50/1`. */
    Fps: t.string,
    /** Average frame rate as sent. */
    AvgFps: t.string,
    /** Number of frames. */
    NumFrames: IntegerFromWire,
    /** Rotation, degrees. */
    Rotation: NumberFromWire,
    /** Colour primaries, e.g. `bt709`. */
    ColorPrimaries: t.string,
    /** Colour range, e.g. `tv`. */
    ColorRange: t.string,
    /** Colour transfer, e.g. `bt709`. */
    ColorTransfer: t.string,
  },
  'VideoStream',
)
/**
 * One video stream (`MediaInfo.Stream.Video[i]`). Frame rates stay text: Tencent sends both
 * `15.000000` and `50/1`.
 *
 * @example
 * import { VideoStream } from 'tencent-ci-callback/codecs'
 * VideoStream.decode({ Index: '0', Width: '1280', Fps: '50/1' }) // Right({ Index: 0, Width: 1280, Fps: '50/1' })
 */
export interface VideoStream extends t.TypeOf<typeof VideoStreamC> {}
/** `VideoStream` as it is on the wire. */
export interface VideoStreamWire extends t.OutputOf<typeof VideoStreamC> {}
export const VideoStream: t.Type<VideoStream, VideoStreamWire, unknown> = VideoStreamC

const AudioStreamC = partial(
  {
    ...streamProps,
    /** Sample format, e.g. `fltp`. */
    SampleFmt: t.string,
    /** Sample rate, Hz. */
    SampleRate: IntegerFromWire,
    /** Channels. */
    Channel: IntegerFromWire,
    /** Channel layout, e.g. `stereo`. */
    ChannelLayout: t.string,
  },
  'AudioStream',
)
/**
 * One audio stream (`MediaInfo.Stream.Audio[i]`).
 *
 * @example
 * import { AudioStream } from 'tencent-ci-callback/codecs'
 * AudioStream.decode({ CodecName: 'aac', SampleRate: '44100' }) // Right({ CodecName: 'aac', SampleRate: 44100 })
 */
export interface AudioStream extends t.TypeOf<typeof AudioStreamC> {}
/** `AudioStream` as it is on the wire. */
export interface AudioStreamWire extends t.OutputOf<typeof AudioStreamC> {}
export const AudioStream: t.Type<AudioStream, AudioStreamWire, unknown> = AudioStreamC

const SubtitleStreamC = partial(
  {
    /** Stream index in the container. */
    Index: IntegerFromWire,
    /** Language tag. */
    Language: t.string,
  },
  'SubtitleStream',
)
/**
 * One subtitle stream (`MediaInfo.Stream.Subtitle[i]`); empty in every documented payload.
 *
 * @example
 * import { SubtitleStream } from 'tencent-ci-callback/codecs'
 * SubtitleStream.decode({ Index: '2', Language: 'eng' }) // Right({ Index: 2, Language: 'eng' })
 */
export interface SubtitleStream extends t.TypeOf<typeof SubtitleStreamC> {}
/** `SubtitleStream` as it is on the wire. */
export interface SubtitleStreamWire extends t.OutputOf<typeof SubtitleStreamC> {}
export const SubtitleStream: t.Type<SubtitleStream, SubtitleStreamWire, unknown> = SubtitleStreamC

const MediaInfoStreamC = partial(
  {
    /** Video streams. */
    Video: t.array(VideoStream),
    /** Audio streams. */
    Audio: t.array(AudioStream),
    /** Subtitle streams. */
    Subtitle: t.array(SubtitleStream),
  },
  'MediaInfoStream',
)
/**
 * `MediaInfo.Stream`: each kind is always a list; a hollow `<Video/>` is absent, never a bogus stream.
 *
 * @example
 * import { MediaInfoStream } from 'tencent-ci-callback/codecs'
 * MediaInfoStream.is({}) // true: image outputs carry no streams
 */
export interface MediaInfoStream extends t.TypeOf<typeof MediaInfoStreamC> {}
/** `MediaInfoStream` as it is on the wire. */
export interface MediaInfoStreamWire extends t.OutputOf<typeof MediaInfoStreamC> {}
export const MediaInfoStream: t.Type<MediaInfoStream, MediaInfoStreamWire, unknown> = MediaInfoStreamC

const MediaInfoC = partial(
  {
    /** The container. */
    Format: MediaInfoFormat,
    /** The streams. */
    Stream: MediaInfoStream,
  },
  'MediaInfo',
)

/**
 * `Operation.MediaInfo`: media information of the output (of the input, for a MediaInfo job).
 * Hollow (`{ Stream: {} }`) for image outputs such as SmartCover's.
 *
 * @example
 * import { MediaInfo } from 'tencent-ci-callback/codecs'
 * MediaInfo.is({ Stream: {} }) // true
 */
export interface MediaInfo extends t.TypeOf<typeof MediaInfoC> {}
/** `MediaInfo` as it is on the wire. */
export interface MediaInfoWire extends t.OutputOf<typeof MediaInfoC> {}
export const MediaInfo: t.Type<MediaInfo, MediaInfoWire, unknown> = MediaInfoC
