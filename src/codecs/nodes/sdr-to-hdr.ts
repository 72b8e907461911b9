import * as t from 'io-ts'
import { partial } from '../kit/partial'

/**
 * `Operation.SDRtoHDR` (also inside `VideoEnhance`): the HDR conversion asked for.
 *
 * @example
 * import { SDRtoHDR } from 'tencent-ci-callback/codecs'
 * SDRtoHDR.is({ HdrMode: 'HDR10' }) // true
 */
export const SDRtoHDR = partial(
  {
    /** HDR standard: `HLG` or `HDR10`. */
    HdrMode: t.string,
  },
  'SDRtoHDR',
)
/** The static type of the `SDRtoHDR` codec. */
export type SDRtoHDR = t.TypeOf<typeof SDRtoHDR>
