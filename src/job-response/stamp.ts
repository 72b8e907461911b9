import * as t from 'io-ts'
import { describe } from '../codecs/kit/describe'
import { isRawTree, withActual, type RawTree } from '../codecs/kit/raw-tree'

/**
 * A job API answer as it is on the wire (normalised: lists as arrays, blank values left out), as
 * the response codecs encode it.
 *
 * @example
 * import { type JobResponseWire } from 'tencent-ci-callback'
 * import { JobsResponse } from 'tencent-ci-callback/codecs'
 * import * as E from 'fp-ts/lib/Either.js'
 * const answer = JobsResponse.decode({ NonExistJobIds: ['j1'] })
 * if (E.isRight(answer)) {
 *   const wire: JobResponseWire = JobsResponse.encode(answer.right)
 *   console.log(wire) // { NonExistJobIds: ['j1'] }
 * }
 */
export type JobResponseWire = RawTree

/** `tree` without the keys in `drop`, in its own key order. */
export const without = (tree: RawTree, drop: ReadonlyArray<string>): RawTree => {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(tree)) if (!drop.includes(key)) out[key] = tree[key]
  return out
}

/**
 * A response codec whose decoded value carries fields the wire does not (`Kind`,
 * `ModerationKind`): `amend` adds them (and any default, such as an empty `JobsDetail`) to a copy
 * of the input before `codec` checks it, with the context pointing at the copy so error paths
 * stay those of the wire; `encode` leaves the `added` keys out again.
 */
export const stamped = <A, O>(
  codec: t.Type<A, O, unknown>,
  added: ReadonlyArray<string>,
  amend: (u: RawTree) => RawTree,
  expected: string,
): t.Type<A, JobResponseWire, unknown> =>
  describe(
    new t.Type<A, JobResponseWire, unknown>(
      codec.name,
      codec.is,
      (u, c) => {
        if (!isRawTree(u)) return t.failure(u, c)
        const amended = amend(without(u, added))
        return codec.validate(amended, withActual(c, amended))
      },
      (a) => {
        const wire: unknown = codec.encode(a)
        return isRawTree(wire) ? without(wire, added) : {}
      },
    ),
    expected,
  )
