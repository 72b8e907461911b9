import * as t from 'io-ts'
import { BooleanFromWire, NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

/**
 * `MsSharpen` (in `VideoProcess` and `VideoEnhance`): detail sharpening settings.
 *
 * @example
 * import { MsSharpen } from 'tencent-ci-callback/codecs'
 * MsSharpen.decode({ Enable: 'true', SharpenLevel: '5' }) // Right({ Enable: true, SharpenLevel: 5 })
 */
export const MsSharpen = partial(
  {
    /** Whether sharpening ran. */
    Enable: BooleanFromWire,
    /** Sharpening strength (0–10). */
    SharpenLevel: NumberFromWire,
  },
  'MsSharpen',
)
/** The static type of the `MsSharpen` codec. */
export type MsSharpen = t.TypeOf<typeof MsSharpen>
