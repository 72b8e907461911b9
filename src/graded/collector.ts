import type * as t from 'io-ts'

/** A value graded decoding left out while decoding: where (its context), why (its first error), and what it was. */
export interface Drop {
  readonly context: t.Context
  readonly error: t.ValidationError
  readonly raw: unknown
}

/**
 * The graded decode under way: a token its root context entry carries, and what it left out so far.
 * The token is a property of the entry, so it survives a codec that copies the entry to amend the
 * value (an inferred `EventName` or `Tag`, an answer's `Kind`: `withActual`). A struct leaves a
 * failing optional value out only when its context starts at that root (so its path is right) and
 * the validation is not a context-free try (see `ONLY_WHETHER`).
 */
const TOKEN: unique symbol = Symbol('graded decode')
const current: { token: object | undefined; drops: Array<Drop> } = { token: undefined, drops: [] }

/** The drops of the graded decode `context` belongs to, or `undefined` when it belongs to none. */
export const dropsOf = (context: t.Context): Array<Drop> | undefined => {
  const root = context[0]
  return current.token !== undefined && root !== undefined && Reflect.get(root, TOKEN) === current.token
    ? current.drops
    : undefined
}

/**
 * `codec.validate(u)` with graded decoding: a value that fails an optional field or a list item
 * (other than a job) is left out where it is found, and reported in `drops`, in one pass.
 */
export const validateGraded = <A>(
  codec: t.Decoder<unknown, A>,
  u: unknown,
): { readonly result: t.Validation<A>; readonly drops: ReadonlyArray<Drop> } => {
  const token = {}
  const entry = { key: '', type: codec, actual: u, [TOKEN]: token }
  const root: t.ContextEntry = entry
  const savedToken = current.token
  const savedDrops = current.drops
  const drops: Array<Drop> = []
  current.token = token
  current.drops = drops
  try {
    return { result: codec.validate(u, [root]), drops }
  } finally {
    current.token = savedToken
    current.drops = savedDrops
  }
}
