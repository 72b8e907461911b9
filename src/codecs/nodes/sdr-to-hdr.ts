import * as t from 'io-ts'
import { partial } from '../kit/partial'

const SDRtoHDRC = partial(
  {
    /** HDR standard: `HLG` or `HDR10`. */
    HdrMode: t.string,
  },
  'SDRtoHDR',
)
/**
 * `Operation.SDRtoHDR` (also inside `VideoEnhance`): the HDR conversion asked for.
 *
 * @example
 * import { SDRtoHDR } from 'tencent-ci-callback/codecs'
 * SDRtoHDR.is({ HdrMode: 'HDR10' }) // true
 */
export interface SDRtoHDR extends t.TypeOf<typeof SDRtoHDRC> {}
/** `SDRtoHDR` as it is on the wire. */
export interface SDRtoHDRWire extends t.OutputOf<typeof SDRtoHDRC> {}
export const SDRtoHDR: t.Type<SDRtoHDR, SDRtoHDRWire, unknown> = SDRtoHDRC
