import * as t from 'io-ts'
import { renderValue } from '../../render-value'
import { describe } from './describe'
import { issueSentence } from '../../errors'

const summarise = (values: ReadonlyArray<string>): string =>
  values.length <= 6 ? values.join(', ') : `${values.slice(0, 5).join(', ')}, … ${values.length - 5} more`

/**
 * A codec for one of a fixed set of strings, typed as their literal union (like `t.keyof`,
 * but from a list, and with a readable error).
 *
 * @example
 * import { oneOf } from 'tencent-ci-callback/codecs'
 * const Mode = oneOf('Mode', ['HLG', 'HDR10'] as const)
 */
export const oneOf = <L extends string>(
  name: string,
  values: ReadonlyArray<L>,
): t.Type<L, L, unknown> & { readonly values: ReadonlyArray<L> } => {
  const allowed = new Set<string>(values)
  const is = (u: unknown): u is L => typeof u === 'string' && allowed.has(u)
  const expected = `one of ${summarise(values)}`
  const codec = new t.Type<L, L, unknown>(
    name,
    is,
    (u, c) => (is(u) ? t.success(u) : t.failure(u, c, issueSentence(expected, renderValue(u)))),
    t.identity,
  )
  // The allowed values travel with the codec (for tooling: documentation, test-data generators).
  return describe(Object.assign(codec, { values }), expected)
}
