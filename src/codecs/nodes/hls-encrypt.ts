import * as t from 'io-ts'
import { BooleanFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

/**
 * `HlsEncrypt`: HLS encryption settings (in `TransConfig` and `Segment`).
 *
 * @example
 * import { HlsEncrypt } from 'tencent-ci-callback/codecs'
 * HlsEncrypt.decode({ IsHlsEncrypt: 'false' }) // Right({ IsHlsEncrypt: false })
 */
export const HlsEncrypt = partial(
  {
    /** Whether the HLS output is encrypted. */
    IsHlsEncrypt: BooleanFromWire,
    /** URI of the key server (`<UriKey/>` on the wire when unset, then absent). */
    UriKey: t.string,
  },
  'HlsEncrypt',
)
/** The static type of the `HlsEncrypt` codec. */
export type HlsEncrypt = t.TypeOf<typeof HlsEncrypt>
