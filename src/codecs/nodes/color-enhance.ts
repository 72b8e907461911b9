import * as t from 'io-ts'
import { BooleanFromWire, NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const ColorEnhanceC = partial(
  {
    /** Whether colour enhancement ran. */
    Enable: BooleanFromWire,
    /** Contrast adjustment (0–100). */
    Contrast: NumberFromWire,
    /** Colour correction (0–100). */
    Correction: NumberFromWire,
    /** Saturation adjustment (0–100). */
    Saturation: NumberFromWire,
  },
  'ColorEnhance',
)
/**
 * `ColorEnhance` (in `VideoProcess` and `VideoEnhance`): colour enhancement settings.
 *
 * @example
 * import { ColorEnhance } from 'tencent-ci-callback/codecs'
 * ColorEnhance.decode({ Enable: 'true', Contrast: '10' }) // Right({ Enable: true, Contrast: 10 })
 */
export interface ColorEnhance extends t.TypeOf<typeof ColorEnhanceC> {}
/** `ColorEnhance` as it is on the wire. */
export interface ColorEnhanceWire extends t.OutputOf<typeof ColorEnhanceC> {}
export const ColorEnhance: t.Type<ColorEnhance, ColorEnhanceWire, unknown> = ColorEnhanceC
