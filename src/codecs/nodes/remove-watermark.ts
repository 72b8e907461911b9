import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const RemoveWatermarkC = partial(
  {
    /** Left edge of the region, pixels from the left. */
    Dx: NumberFromWire,
    /** Top edge of the region, pixels from the top. */
    Dy: NumberFromWire,
    /** Region width, pixels. */
    Width: NumberFromWire,
    /** Region height, pixels. */
    Height: NumberFromWire,
  },
  'RemoveWatermark',
)
/**
 * One item of `Operation.RemoveWatermark` (always a list: the Java SDK models it as repeated, so
 * several regions are accepted): a rectangle blurred out of the output, in pixels.
 *
 * @example
 * import { RemoveWatermark } from 'tencent-ci-callback/codecs'
 * RemoveWatermark.decode({ Dx: '150', Dy: '150', Width: '75', Height: '75' }) // Right({ Dx: 150, Dy: 150, Width: 75, Height: 75 })
 */
export interface RemoveWatermark extends t.TypeOf<typeof RemoveWatermarkC> {}
/** `RemoveWatermark` as it is on the wire. */
export interface RemoveWatermarkWire extends t.OutputOf<typeof RemoveWatermarkC> {}
export const RemoveWatermark: t.Type<RemoveWatermark, RemoveWatermarkWire, unknown> = RemoveWatermarkC
