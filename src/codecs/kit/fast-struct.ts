import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe } from './describe'
import { fastCheckOf, NO, ONLY_WHETHER, validatesAtAll, type FastCheck } from './fast-path'
import { dropsOf, type Drop } from '../../graded/collector'
import { isNeverDropped, one, shapeOf, type Shape } from './shape'

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

/**
 * The decoded record is an `A`: every field `A` declares was just checked by its own codec, and
 * other keys pass through (as io-ts's own `t.type` / `t.partial` do). This is the one place the
 * struct below states what the checks proved; io-ts makes the same step internally.
 */
const provenBy = <A>(
  _codec: t.Decoder<unknown, A>,
  _value: Readonly<Record<string, unknown>>,
): _value is Readonly<Record<string, unknown>> & A => true

/** A `fastStruct` codec: an io-ts `Type` that also carries its required and optional fields. */
export interface FastStruct<R extends t.Props, P extends t.Props> extends t.Type<
  t.TypeOfProps<R> & t.TypeOfPartialProps<P>,
  t.OutputOfProps<R> & t.OutputOfPartialProps<P>,
  unknown
> {
  readonly required: R
  readonly optional: P
}

/** One field of a struct, with what its codec declares, looked up once when the struct is built. */
interface Field {
  readonly key: string
  readonly codec: t.Mixed
  readonly optional: boolean
  readonly check: FastCheck | undefined
  readonly shape: Shape
}

/**
 * The wire value of a field in the shape its codec declares (Tencent's one-or-many rule, decided
 * by the codec, not by a table of paths): one item where a list is declared is a list of one; a
 * list of one where one node or scalar is declared is that item. Two or more items where one is
 * declared stay a list, which the field's codec refuses.
 */
const shaped = (shape: Shape, value: unknown): unknown => {
  // Most values are text: one `typeof` answers for them.
  if (typeof value !== 'object' || value === null) return shape === 'list' && value !== undefined ? [value] : value
  if (shape === 'list') return Array.isArray(value) ? value : [value]
  return shape === 'single' ? one(value) : value
}

/**
 * `t.array`'s validate under graded decoding: an item that fails is left out (and reported), unless
 * its codec's items are never dropped (a job); what a left-out item held that was dropped too is
 * covered by it.
 */
const gradedList = (
  codec: t.ArrayType<t.Mixed>,
  value: ReadonlyArray<unknown>,
  context: t.Context,
  drops: Array<Drop>,
): t.Validation<Array<unknown>> => {
  const item = codec.type
  const kept = isNeverDropped(item)
  let out: Array<unknown> | undefined
  let errors: Array<t.ValidationError> | undefined
  for (let j = 0; j < value.length; j++) {
    const v: unknown = value[j]
    const itemContext = t.appendContext(context, String(j), item, v)
    const mark = drops.length
    const result = item.validate(v, itemContext)
    if (E.isLeft(result)) {
      if (kept) {
        if (errors === undefined) errors = []
        for (const error of result.left) errors.push(error)
        continue
      }
      drops.length = mark
      const [first] = result.left
      if (first !== undefined) drops.push({ context: itemContext, error: first, raw: v })
      if (out === undefined) out = value.slice(0, j)
      continue
    }
    if (out === undefined && result.right !== v) out = value.slice(0, j)
    if (out !== undefined) out.push(result.right)
  }
  if (errors !== undefined) return t.failures(errors)
  return t.success(out ?? value.slice())
}

/**
 * A struct codec with the static types of `t.intersection([t.type(required), t.partial(optional)])`
 * and its behaviour (unknown keys kept, a field copied only when its codec changed it, one error
 * per failing field with its path), built for the hot path:
 *
 * - no context array per field on success: each field is first validated with the parent's
 *   context, and only a failing one is validated again with its own, to get its path right;
 * - absent optional fields are skipped, not validated into an error that is then thrown away;
 * - no intersection merge: the record is copied at most once;
 * - each field is read in the shape its codec declares (one-or-many, see `shapeOf`);
 * - under graded decoding (`validateGraded`), a failing optional field, or a failing list item
 *   other than a job, is left out and reported, in the same pass.
 *
 * `fastStruct('Job', { JobId: t.string }, { Code: t.string }).decode({ JobId: 'j1', Extra: 'x' })`
 * is `Right({ JobId: 'j1', Extra: 'x' })`.
 */
export const fastStruct = <R extends t.Props, P extends t.Props>(
  name: string,
  required: R,
  optional: P,
): FastStruct<R, P> => {
  // The io-ts codec the struct mirrors: its `is` and `encode` are used as they are.
  const reference = t.intersection([t.type(required), t.partial(optional)], name)
  const keys = [...Object.keys(required), ...Object.keys(optional)]
  const fields: ReadonlyArray<Field> = keys.map((key) => {
    const codec = required[key] ?? optional[key] ?? t.unknown
    return { key, codec, optional: !(key in required), check: fastCheckOf(codec), shape: shapeOf(codec) }
  })
  const n = fields.length
  const codec = new t.Type(
    name,
    reference.is,
    (u, c) => {
      if (!isRecord(u)) return t.failure(u, c)
      let out: Record<string, unknown> | undefined
      let errors: Array<t.ValidationError> | undefined
      for (let i = 0; i < n; i++) {
        const field = fields[i]
        if (field === undefined) continue
        const key = field.key
        const wire = u[key]
        if (wire === undefined && field.optional) continue
        const value = shaped(field.shape, wire)
        const check = field.check
        if (check !== undefined) {
          // Scalars and lists of them: no `Either` on success; a refused value is validated
          // again below, with its own context, to get the error and its path.
          const decoded = check(value)
          if (decoded !== NO) {
            if (decoded !== wire) {
              if (out === undefined) out = { ...u }
              out[key] = decoded
            }
            continue
          }
        }
        const codec = field.codec
        let result = check === undefined ? validatesAtAll(codec, value, c) : undefined
        if (result === undefined || E.isLeft(result)) {
          // Only whether the record decodes is asked: the first failing field answers it.
          if (ONLY_WHETHER.depth > 0) return t.failure(u, c)
          const context = t.appendContext(c, key, codec, value)
          // Graded decoding: values left out inside this one (from `mark` on) are covered if it goes whole.
          const drops = dropsOf(c)
          const mark = drops?.length ?? 0
          result =
            drops !== undefined && Array.isArray(value) && codec instanceof t.ArrayType
              ? gradedList(codec, value, context, drops)
              : codec.validate(value, context)
          if (E.isLeft(result)) {
            if (drops !== undefined && field.optional) {
              drops.length = mark
              const [first] = result.left
              if (first !== undefined) drops.push({ context, error: first, raw: wire })
              if (out === undefined) out = { ...u }
              delete out[key]
              continue
            }
            if (errors === undefined) errors = []
            for (const error of result.left) errors.push(error)
            continue
          }
        }
        if (result.right !== wire) {
          if (out === undefined) out = { ...u }
          out[key] = result.right
        }
      }
      if (errors !== undefined) return t.failures(errors)
      const decoded = out ?? u
      return provenBy(reference, decoded) ? t.success(decoded) : t.failure(u, c)
    },
    reference.encode,
  )
  // The fields travel with the codec, as io-ts's own `t.type` carries its `props` (for tooling:
  // documentation, test-data generators).
  return describe(Object.assign(codec, { required, optional }), 'an object')
}
