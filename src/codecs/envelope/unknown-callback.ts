import * as t from 'io-ts'
import { RawTree, isRawTree } from '../kit/raw-tree'
import { one } from '../kit/shape'
import type { Graded } from '../../graded/dropped'
import type { Delivered } from '../../delivery/delivery'

/**
 * A callback whose `EventName` (or, for a Simple moderation body, `data.event`) this version does
 * not know: Tencent adds events without notice. Its own discriminant, `EventName: 'Unknown'`, keeps
 * `switch (cb.EventName)` narrowing the known members; the name as sent is `UnknownEventName`, and
 * the whole body, as normalised, is `Raw`, which is also what it encodes back to.
 *
 * @example
 * import type { CiCallback } from 'tencent-ci-callback'
 * const log = (cb: CiCallback) => {
 *   if (cb.EventName === 'Unknown') console.warn('new callback', cb.UnknownEventName, cb.Raw)
 * }
 */
export interface UnknownCallback extends Graded, Delivered {
  /** Always `'Unknown'`: the name as sent is `UnknownEventName`. */
  readonly EventName: 'Unknown'
  /** The `EventName` (or Simple `data.event`) as Tencent sent it. */
  readonly UnknownEventName: string
  /** The whole body as normalised (lists as arrays, empty values removed, no `Response` wrapper). */
  readonly Raw: RawTree
}

const nameOf = (u: RawTree): unknown => {
  if (u['EventName'] !== undefined) return one(u['EventName'])
  const data = one(u['data'])
  return isRawTree(data) ? one(data['event']) : undefined
}

export const UnknownCallback: t.Type<UnknownCallback, RawTree, unknown> = new t.Type<UnknownCallback, RawTree, unknown>(
  'UnknownCallback',
  (u): u is UnknownCallback =>
    isRawTree(u) && u['EventName'] === 'Unknown' && typeof u['UnknownEventName'] === 'string' && isRawTree(u['Raw']),
  (u, c) => {
    if (!isRawTree(u)) return t.failure(u, c)
    const name = nameOf(u)
    return typeof name === 'string'
      ? t.success({ EventName: 'Unknown', UnknownEventName: name, Raw: u })
      : t.failure(name, t.appendContext(c, 'EventName', t.string, name))
  },
  (a) => RawTree.encode(a.Raw),
)
