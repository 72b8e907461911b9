import * as t from 'io-ts'
import { BooleanFromWire, NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const MsSharpenC = partial(
  {
    /** Whether sharpening ran. */
    Enable: BooleanFromWire,
    /** Sharpening strength (0–10). */
    SharpenLevel: NumberFromWire,
  },
  'MsSharpen',
)
/**
 * `MsSharpen` (in `VideoProcess` and `VideoEnhance`): detail sharpening settings.
 *
 * @example
 * import { MsSharpen } from 'tencent-ci-callback/codecs'
 * MsSharpen.decode({ Enable: 'true', SharpenLevel: '5' }) // Right({ Enable: true, SharpenLevel: 5 })
 */
export interface MsSharpen extends t.TypeOf<typeof MsSharpenC> {}
/** `MsSharpen` as it is on the wire. */
export interface MsSharpenWire extends t.OutputOf<typeof MsSharpenC> {}
export const MsSharpen: t.Type<MsSharpen, MsSharpenWire, unknown> = MsSharpenC
