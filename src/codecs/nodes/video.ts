import * as t from 'io-ts'
import { BooleanFromWire, IntegerFromWire, NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const VideoColorParamC = partial(
  {
    /** Colour range: `tv` or `pc`. */
    ColorRange: t.string,
    /** Colour space (`bt709`, `bt2020nc`, …). */
    ColorSpace: t.string,
    /** Transfer characteristics (`bt709`, `smpte2084`, …). */
    ColorTrc: t.string,
    /** Colour primaries (`bt709`, `bt2020`, …). */
    ColorPrimaries: t.string,
  },
  'VideoColorParam',
)
/**
 * `Video.ColorParam`: colour metadata written to the output.
 *
 * @example
 * import { VideoColorParam } from 'tencent-ci-callback/codecs'
 * VideoColorParam.is({ ColorRange: 'tv', ColorPrimaries: 'bt709' }) // true
 */
export interface VideoColorParam extends t.TypeOf<typeof VideoColorParamC> {}
/** `VideoColorParam` as it is on the wire. */
export interface VideoColorParamWire extends t.OutputOf<typeof VideoColorParamC> {}
export const VideoColorParam: t.Type<VideoColorParam, VideoColorParamWire, unknown> = VideoColorParamC

const VideoC = partial(
  {
    /** Codec: `H.264`, `H.265`, `VP8`, `VP9`, `AV1`, `gif`, `webp`, … */
    Codec: t.string,
    /** Width, pixels. */
    Width: IntegerFromWire,
    /** Height, pixels. */
    Height: IntegerFromWire,
    /** Frame rate, fps, as sent (text: `30`, `29.97`; fractions possible). */
    Fps: t.string,
    /** Whether the video track was dropped. */
    Remove: BooleanFromWire,
    /** Encoding profile: `baseline`, `main`, `high`, … */
    Profile: t.string,
    /** Target bitrate, Kbps. */
    Bitrate: NumberFromWire,
    /** Constant rate factor (quality, lower is better). */
    Crf: NumberFromWire,
    /** Maximum distance between key frames, frames. */
    Gop: IntegerFromWire,
    /** Encoder preset: `veryfast`, `fast`, `medium`, `slow`, `slower`. */
    Preset: t.string,
    /** Buffer size, Kb. */
    Bufsize: NumberFromWire,
    /** Peak bitrate, Kbps. */
    Maxrate: NumberFromWire,
    /** HLS segment length, seconds. */
    HlsTsTime: NumberFromWire,
    /** DASH segment length, seconds. */
    DashSegment: NumberFromWire,
    /** Pixel format (`yuv420p`, …). */
    Pixfmt: t.string,
    /** Whether width/height follow the long/short side rather than landscape orientation. */
    LongShortMode: BooleanFromWire,
    /** Clockwise rotation, degrees. */
    Rotate: NumberFromWire,
    /** Animation: keep only key frames. */
    AnimateOnlyKeepKeyFrame: BooleanFromWire,
    /** Animation: take one frame every this many seconds. */
    AnimateTimeIntervalOfFrame: NumberFromWire,
    /** Animation: frames taken per second. */
    AnimateFramesPerSecond: NumberFromWire,
    /** Animation: relative quality (1–100). */
    Quality: NumberFromWire,
    /** Region-of-interest encoding setting, as sent (text). */
    Roi: t.string,
    /** Crop setting, as sent (text). */
    Crop: t.string,
    /** Interlacing setting, as sent (text). */
    Interlaced: t.string,
    /** Colour metadata of the output. */
    ColorParam: VideoColorParam,
  },
  'Video',
)
/**
 * `Video`: video encoding parameters echoed from the request (Transcode, Animation, Concat,
 * VideoMontage). Not the `MediaInfo.Stream.Video` of the output: that is `VideoStream`.
 * `Fps` stays text: the media-info side of the same API sends fractions such as `50/1`.
 *
 * @example
 * import { Video } from 'tencent-ci-callback/codecs'
 * Video.decode({ Codec: 'H.264', Width: '1280', Fps: '30', Bitrate: '1000' })
 * // Right({ Codec: 'H.264', Width: 1280, Fps: '30', Bitrate: 1000 })
 */
export interface Video extends t.TypeOf<typeof VideoC> {}
/** `Video` as it is on the wire. */
export interface VideoWire extends t.OutputOf<typeof VideoC> {}
export const Video: t.Type<Video, VideoWire, unknown> = VideoC
