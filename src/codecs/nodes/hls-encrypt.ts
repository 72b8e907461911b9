import * as t from 'io-ts'
import { BooleanFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const HlsEncryptC = partial(
  {
    /** Whether the HLS output is encrypted. */
    IsHlsEncrypt: BooleanFromWire,
    /** URI of the key server (`<UriKey/>` on the wire when unset, then absent). */
    UriKey: t.string,
  },
  'HlsEncrypt',
)
/**
 * `HlsEncrypt`: HLS encryption settings (in `TransConfig` and `Segment`).
 *
 * @example
 * import { HlsEncrypt } from 'tencent-ci-callback/codecs'
 * HlsEncrypt.decode({ IsHlsEncrypt: 'false' }) // Right({ IsHlsEncrypt: false })
 */
export interface HlsEncrypt extends t.TypeOf<typeof HlsEncryptC> {}
/** `HlsEncrypt` as it is on the wire. */
export interface HlsEncryptWire extends t.OutputOf<typeof HlsEncryptC> {}
export const HlsEncrypt: t.Type<HlsEncrypt, HlsEncryptWire, unknown> = HlsEncryptC
