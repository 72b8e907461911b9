import * as t from 'io-ts'

/**
 * How a field's codec reads Tencent's one-or-many wire: `list`, one item is a list of one;
 * `single`, a list of one is its item; `asIs`, the value as it came (a codec that takes anything).
 */
export type Shape = 'list' | 'single' | 'asIs'

/** Codecs that declare a list without being io-ts's own array types (registered with `declareList`). */
const LISTS = new WeakSet<t.Decoder<unknown, unknown>>()
/** Codecs that take any value, lists included, as they are (registered with `declareAsIs`). */
const AS_IS = new WeakSet<t.Decoder<unknown, unknown>>()

/** Declares that `codec` decodes a list (for a custom `t.Type` around an array codec). Returns the codec. */
export const declareList = <C extends t.Decoder<unknown, unknown>>(codec: C): C => {
  LISTS.add(codec)
  return codec
}

/** Declares that `codec` takes any value as it is, lists included. Returns the codec. */
export const declareAsIs = <C extends t.Decoder<unknown, unknown>>(codec: C): C => {
  AS_IS.add(codec)
  return codec
}

/**
 * The shape a codec declares, which is how one-or-many is known: from the codecs themselves, a
 * list being what a codec declares as one (io-ts's `t.array` / `t.readonlyArray`, or a codec
 * registered with `declareList`), never from a table of paths beside them.
 * `shapeOf(t.array(t.string))` is `'list'`, `shapeOf(t.string)` is `'single'`.
 */
export const shapeOf = (codec: t.Decoder<unknown, unknown>): Shape => {
  if (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType || LISTS.has(codec)) return 'list'
  if (codec instanceof t.UnknownType || codec instanceof t.AnyType || AS_IS.has(codec)) return 'asIs'
  if (codec instanceof t.UnionType) {
    const members: unknown = codec.types
    if (Array.isArray(members) && members.some((m) => m instanceof t.Type && shapeOf(m) !== 'single')) return 'asIs'
  }
  return 'single'
}

/** Item codecs whose list items are never left out: a job is never dropped. */
const KEPT = new WeakSet<t.Decoder<unknown, unknown>>()

/** Declares that the items `codec` decodes are never left out of their list by graded decoding. Returns the codec. */
export const neverDropped = <C extends t.Decoder<unknown, unknown>>(codec: C): C => {
  KEPT.add(codec)
  return codec
}

/** True when a list item checked by `codec` must not be left out. */
export const isNeverDropped = (codec: t.Decoder<unknown, unknown>): boolean => KEPT.has(codec)

/**
 * A value read where one is declared, as the struct reads it: a list of one is its item. For the
 * dispatchers, which look at a discriminant (`EventName`, `Tag`, `data.event`) before any codec runs.
 */
export const one = (u: unknown): unknown => (Array.isArray(u) && u.length === 1 ? u[0] : u)
