/* Booleans as Tencent sends them: `true` / `false` text, or JSON booleans. */

import type * as t from 'io-ts'
import { stripXmlSpace } from '../../normalise/blank'
import { NO } from './fast-path'
import { scalar } from './scalar-codec'

const BOOLEAN_EXPECTED = '"true" or "false"'

/**
 * `true` / `false` sent as text (any letter case, XML whitespace around it ignored) or as a JSON
 * boolean. Encodes as text.
 *
 * @example
 * import { BooleanFromWire } from 'tencent-ci-callback/codecs'
 * BooleanFromWire.decode('false') // Right(false)
 */
export const BooleanFromWire = scalar<boolean, string>(
  'BooleanFromWire',
  (u): u is boolean => typeof u === 'boolean',
  (u) => {
    if (typeof u === 'boolean') return u
    const s = typeof u === 'string' ? stripXmlSpace(u).toLowerCase() : undefined
    return s === 'true' ? true : s === 'false' ? false : NO
  },
  (b) => (b ? 'true' : 'false'),
  BOOLEAN_EXPECTED,
)
/** The static type of the `BooleanFromWire` codec. */
export type BooleanFromWire = t.TypeOf<typeof BooleanFromWire>
