import * as t from 'io-ts'

/**
 * A normalised wire tree kept as it came: the body after `parseCallback`'s normalisation (lists as
 * arrays, empty values removed, no `Response` wrapper), untyped.
 *
 * @example
 * import type { RawTree } from 'tencent-ci-callback'
 * const keys = (raw: RawTree) => Object.keys(raw)
 */
export type RawTree = Readonly<Record<string, unknown>>

/** True for a plain object (not an array, not null). */
export const isRawTree = (u: unknown): u is RawTree => typeof u === 'object' && u !== null && !Array.isArray(u)

/**
 * The io-ts codec for `RawTree`: any object, kept and encoded as it is.
 *
 * @example
 * import { RawTree } from 'tencent-ci-callback/codecs'
 * RawTree.is({ EventName: 'DocFinish' }) // true
 */
export const RawTree: t.Type<RawTree, RawTree, unknown> = new t.Type<RawTree, RawTree, unknown>(
  'RawTree',
  isRawTree,
  (u, c) => (isRawTree(u) ? t.success(u) : t.failure(u, c)),
  t.identity,
)

/**
 * `c` with its last entry now holding `actual`: for a codec that validates an amended copy of its
 * input (an inferred `EventName` or `Tag` added), so error paths stay those of the wire.
 */
export const withActual = (c: t.Context, actual: unknown): t.Context => {
  const last = c[c.length - 1]
  return last === undefined ? c : [...c.slice(0, -1), { ...last, actual }]
}
