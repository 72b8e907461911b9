import * as t from 'io-ts'
import { BooleanFromWire, NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const WatermarkSlideConfigC = partial(
  {
    /** Movement: `Default` (none), `ScrollFromLeft`, … */
    SlideMode: t.string,
    /** Horizontal speed, as sent (text). */
    XSlideSpeed: t.string,
    /** Vertical speed, as sent (text). */
    YSlideSpeed: t.string,
  },
  'WatermarkSlideConfig',
)
/**
 * `Watermark.SlideConfig`: a moving watermark.
 *
 * @example
 * import { WatermarkSlideConfig } from 'tencent-ci-callback/codecs'
 * WatermarkSlideConfig.is({ SlideMode: 'ScrollFromLeft', XSlideSpeed: '2' }) // true
 */
export interface WatermarkSlideConfig extends t.TypeOf<typeof WatermarkSlideConfigC> {}
/** `WatermarkSlideConfig` as it is on the wire. */
export interface WatermarkSlideConfigWire extends t.OutputOf<typeof WatermarkSlideConfigC> {}
export const WatermarkSlideConfig: t.Type<WatermarkSlideConfig, WatermarkSlideConfigWire, unknown> =
  WatermarkSlideConfigC

const WatermarkImageC = partial(
  {
    /** URL of the watermark image. */
    Url: t.string,
    /** Size mode: `Original`, `Proportion` (percent of the video) or `Fixed` (pixels). */
    Mode: t.string,
    /** Width: percent or pixels, per `Mode`. */
    Width: NumberFromWire,
    /** Height: percent or pixels, per `Mode`. */
    Height: NumberFromWire,
    /** Opacity, percent (1–100). */
    Transparency: NumberFromWire,
    /** Whether the image is tiled as a background. */
    Background: BooleanFromWire,
  },
  'WatermarkImage',
)
/**
 * `Watermark.Image`: an image watermark. `Width`/`Height` are pixels or percent, as `Mode` says.
 *
 * @example
 * import { WatermarkImage } from 'tencent-ci-callback/codecs'
 * WatermarkImage.decode({ Url: 'https://b.cos.ap-chongqing.myqcloud.com/logo.png', Mode: 'Proportion', Width: '10' })
 * // Right({ Url: 'https://b.cos.ap-chongqing.myqcloud.com/logo.png', Mode: 'Proportion', Width: 10 })
 */
export interface WatermarkImage extends t.TypeOf<typeof WatermarkImageC> {}
/** `WatermarkImage` as it is on the wire. */
export interface WatermarkImageWire extends t.OutputOf<typeof WatermarkImageC> {}
export const WatermarkImage: t.Type<WatermarkImage, WatermarkImageWire, unknown> = WatermarkImageC

const WatermarkTextC = partial(
  {
    /** Font size, points. */
    FontSize: NumberFromWire,
    /** Font name (`simfang.ttf`, …). */
    FontType: t.string,
    /** Font colour, `0xRRGGBB`. */
    FontColor: t.string,
    /** Opacity, percent (1–100). */
    Transparency: NumberFromWire,
    /** The watermark text. */
    Text: t.string,
  },
  'WatermarkText',
)
/**
 * `Watermark.Text`: a text watermark.
 *
 * @example
 * import { WatermarkText } from 'tencent-ci-callback/codecs'
 * WatermarkText.decode({ Text: 'demo', FontSize: '30', FontColor: '0xF0F8F0' }) // Right({ Text: 'demo', FontSize: 30, FontColor: '0xF0F8F0' })
 */
export interface WatermarkText extends t.TypeOf<typeof WatermarkTextC> {}
/** `WatermarkText` as it is on the wire. */
export interface WatermarkTextWire extends t.OutputOf<typeof WatermarkTextC> {}
export const WatermarkText: t.Type<WatermarkText, WatermarkTextWire, unknown> = WatermarkTextC

const WatermarkC = partial(
  {
    /** `Text` or `Image`. */
    Type: t.string,
    /** Anchor: `TopLeft`, `Top`, `TopRight`, `Left`, `Center`, `Right`, `BottomLeft`, `Bottom`, `BottomRight`. */
    Pos: t.string,
    /** Offsets are `Absolute` (pixels) or `Relativity` (percent). */
    LocMode: t.string,
    /** Horizontal offset from the anchor. */
    Dx: NumberFromWire,
    /** Vertical offset from the anchor. */
    Dy: NumberFromWire,
    /** When the watermark appears, seconds. */
    StartTime: NumberFromWire,
    /** When it disappears, seconds. */
    EndTime: NumberFromWire,
    /** Movement. */
    SlideConfig: WatermarkSlideConfig,
    /** The image, for `Type` `Image`. */
    Image: WatermarkImage,
    /** The text, for `Type` `Text`. */
    Text: WatermarkText,
  },
  'Watermark',
)
/**
 * One item of `Operation.Watermark` (always a list): a visible watermark burnt into the output.
 *
 * @example
 * import { Watermark } from 'tencent-ci-callback/codecs'
 * Watermark.decode({ Type: 'Text', Pos: 'TopRight', Dx: '10', Text: { Text: 'demo' } })
 * // Right({ Type: 'Text', Pos: 'TopRight', Dx: 10, Text: { Text: 'demo' } })
 */
export interface Watermark extends t.TypeOf<typeof WatermarkC> {}
/** `Watermark` as it is on the wire. */
export interface WatermarkWire extends t.OutputOf<typeof WatermarkC> {}
export const Watermark: t.Type<Watermark, WatermarkWire, unknown> = WatermarkC
