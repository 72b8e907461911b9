import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'

/** What a fast check returns for a value its codec would refuse: the codec's `validate` then says why. */
export const NO: unique symbol = Symbol('no')

/**
 * A codec's decode without the `Either`: the decoded value, or `NO`. It must accept exactly what
 * the codec's `validate` accepts and return the same value; it never builds an error.
 */
export type FastCheck = (u: unknown) => unknown

/**
 * Keyed by the codec's `validate` function, not the codec: `alias` and the moderation codecs make
 * new `t.Type`s around an existing codec's `validate`, and keep its fast check that way.
 */
const FAST = new WeakMap<t.Validate<unknown, unknown>, FastCheck>()

/**
 * Gives a codec a fast check, which `fastStruct` calls instead of `validate` for each field: no
 * `Right` per field, no call through io-ts's generic `validate` on the way to a `typeof` test.
 * Returns the codec itself.
 */
export const withFastPath = <C extends t.Decoder<unknown, unknown>>(codec: C, check: FastCheck): C => {
  FAST.set(codec.validate, check)
  return codec
}

const isString: FastCheck = (u) => (typeof u === 'string' ? u : NO)

/** No context: a fast check's own `validate` fallback only needs to know whether it failed. */
const NO_CONTEXT: t.Context = []

/**
 * How many validations under way only need to know *whether* a value decodes, not why not (a
 * struct's first, context-free try at a field, a list's fast check): their errors are thrown
 * away and the value validated again with its path when it fails. Inside one, a struct stops at
 * its first failing field instead of validating the failure again to name it, so a failure deep
 * down costs each level once, not twice per level.
 */
export const ONLY_WHETHER = { depth: 0 }

/** `codec.validate(u, c)` when only success matters (see `ONLY_WHETHER`). */
export const validatesAtAll = <A>(codec: t.Decoder<unknown, A>, u: unknown, c: t.Context): t.Validation<A> => {
  ONLY_WHETHER.depth++
  try {
    return codec.validate(u, c)
  } finally {
    ONLY_WHETHER.depth--
  }
}

/** `t.array`'s decode, item by item with the item's fast check when it has one; the list as it is when no item changed. */
const listCheck =
  (item: FastCheck | undefined, codec: t.Decoder<unknown, unknown>): FastCheck =>
  (u) => {
    if (!Array.isArray(u)) return NO
    let out: Array<unknown> | undefined
    for (let i = 0; i < u.length; i++) {
      const value: unknown = u[i]
      let decoded: unknown
      if (item !== undefined) decoded = item(value)
      else {
        const result = validatesAtAll(codec, value, NO_CONTEXT)
        decoded = E.isLeft(result) ? NO : result.right
      }
      if (decoded === NO) return NO
      if (decoded !== value) {
        if (out === undefined) out = u.slice()
        out[i] = decoded
      }
    }
    return out ?? u
  }

/**
 * The fast check of a codec: registered with `withFastPath`, or derived for io-ts's `t.string`,
 * `t.literal`, `t.keyof` and `t.array` of any codec. `undefined` when there is none: call `validate`.
 */
export const fastCheckOf = (codec: t.Decoder<unknown, unknown>): FastCheck | undefined => {
  const registered = FAST.get(codec.validate)
  if (registered !== undefined) return registered
  // `alias('JobState', t.string)` and the like share `t.string`'s `validate`. (Looked up here, not
  // registered at load, so that module scope does nothing a bundler must keep.)
  if (codec instanceof t.StringType || codec.validate === t.string.validate) return isString
  if (codec instanceof t.LiteralType) {
    const value: unknown = codec.value
    return (u) => (u === value ? u : NO)
  }
  if (codec instanceof t.KeyofType) {
    const keys: unknown = codec.keys
    return (u) =>
      typeof u === 'string' &&
      typeof keys === 'object' &&
      keys !== null &&
      Object.prototype.hasOwnProperty.call(keys, u)
        ? u
        : NO
  }
  if (codec instanceof t.ArrayType) {
    const item: unknown = codec.type
    if (item instanceof t.Type) return listCheck(fastCheckOf(item), item)
  }
  return undefined
}
