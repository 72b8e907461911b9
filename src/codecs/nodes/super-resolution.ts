import * as t from 'io-ts'
import { BooleanFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const SuperResolutionC = partial(
  {
    /** Upscaling: `sdtohd` (SD to HD) or `hdto4k` (HD to 4K). */
    Resolution: t.string,
    /** Whether the picture was also scaled up to the target size. */
    EnableScaleUp: BooleanFromWire,
    /** Algorithm version: `Base`, `Enhance`. */
    Version: t.string,
  },
  'SuperResolution',
)
/**
 * `Operation.SuperResolution` (also inside `VideoEnhance`): the upscaling asked for.
 *
 * @example
 * import { SuperResolution } from 'tencent-ci-callback/codecs'
 * SuperResolution.decode({ Resolution: 'sdtohd', EnableScaleUp: 'true' }) // Right({ Resolution: 'sdtohd', EnableScaleUp: true })
 */
export interface SuperResolution extends t.TypeOf<typeof SuperResolutionC> {}
/** `SuperResolution` as it is on the wire. */
export interface SuperResolutionWire extends t.OutputOf<typeof SuperResolutionC> {}
export const SuperResolution: t.Type<SuperResolution, SuperResolutionWire, unknown> = SuperResolutionC
