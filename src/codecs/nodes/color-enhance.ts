import * as t from 'io-ts'
import { BooleanFromWire, NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

/**
 * `ColorEnhance` (in `VideoProcess` and `VideoEnhance`): colour enhancement settings.
 *
 * @example
 * import { ColorEnhance } from 'tencent-ci-callback/codecs'
 * ColorEnhance.decode({ Enable: 'true', Contrast: '10' }) // Right({ Enable: true, Contrast: 10 })
 */
export const ColorEnhance = partial(
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
/** The static type of the `ColorEnhance` codec. */
export type ColorEnhance = t.TypeOf<typeof ColorEnhance>
