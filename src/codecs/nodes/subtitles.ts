import * as t from 'io-ts'
import { BooleanFromWire, NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const SubtitleC = partial(
  {
    /** URL of the subtitle file (`.srt`, `.vtt`, …). */
    Url: t.string,
    /** Whether it was burnt into the picture (rather than added as a track). */
    Embed: BooleanFromWire,
    /** Font name. */
    FontType: t.string,
    /** Font size, pixels. */
    FontSize: NumberFromWire,
    /** Font colour, `0xRRGGBB`. */
    FontColor: t.string,
    /** Outline colour, `0xRRGGBB`. */
    OutlineColor: t.string,
    /** Vertical margin, as sent (text: pixels or percent). */
    VMargin: t.string,
  },
  'Subtitle',
)
/**
 * One item of `Operation.Subtitles.Subtitle` (always a list): a subtitle file added to the output.
 *
 * @example
 * import { Subtitle } from 'tencent-ci-callback/codecs'
 * Subtitle.decode({ Url: 'https://b.cos.ap-chongqing.myqcloud.com/a.srt', Embed: 'true' })
 * // Right({ Url: 'https://b.cos.ap-chongqing.myqcloud.com/a.srt', Embed: true })
 */
export interface Subtitle extends t.TypeOf<typeof SubtitleC> {}
/** `Subtitle` as it is on the wire. */
export interface SubtitleWire extends t.OutputOf<typeof SubtitleC> {}
export const Subtitle: t.Type<Subtitle, SubtitleWire, unknown> = SubtitleC

const SubtitlesC = partial(
  {
    /** The subtitle files, always a list. */
    Subtitle: t.array(Subtitle),
  },
  'Subtitles',
)
/**
 * `Operation.Subtitles`: the subtitle files added to the output.
 *
 * @example
 * import { Subtitles } from 'tencent-ci-callback/codecs'
 * Subtitles.is({ Subtitle: [{ Url: 'https://b.cos.ap-chongqing.myqcloud.com/a.srt' }] }) // true
 */
export interface Subtitles extends t.TypeOf<typeof SubtitlesC> {}
/** `Subtitles` as it is on the wire. */
export interface SubtitlesWire extends t.OutputOf<typeof SubtitlesC> {}
export const Subtitles: t.Type<Subtitles, SubtitlesWire, unknown> = SubtitlesC
