import fc from 'fast-check'
import * as t from 'io-ts'

/**
 * fast-check arbitraries derived from io-ts codecs: walks a codec's structure (`t.type`,
 * `t.partial`, `t.intersection`, `t.array`, `t.union`, literals) and generates *decoded* values
 * that the wire can carry, so `decode(encode(v))` must give `v` back:
 *
 * - text is never blank (blank text is absent on the wire) and uses only characters XML can carry;
 * - an object node of optional fields has at least one field (an empty node is absent on the wire);
 * - a list has at least one item;
 * - numbers are finite and never `-0`; times are whole milliseconds in years 1–9999.
 *
 * Custom scalar codecs (which have no structure to walk) are recognised by name, in `SCALARS`;
 * `oneOf` codecs by the `values` they carry. A codec this cannot derive throws at test setup,
 * naming it, so a new scalar cannot silently go untested.
 */

type Arb = fc.Arbitrary<unknown>

/** Text a callback may hold: XML-safe characters, not blank. */
const text: Arb = fc
  .string({
    unit: fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...'abcXYZ019-_./:${}'.split('')) },
      { weight: 1, arbitrary: fc.constantFrom(' ', '\t', '\n', '&', '<', '>', '"', "'", 'é', '中', '😀') },
    ),
    minLength: 1,
    maxLength: 12,
  })
  .filter((s) => !/^[ \t\n\r]*$/.test(s))

const date: Arb = fc
  .date({ min: new Date(Date.UTC(1, 0, 1, 12)), max: new Date(Date.UTC(9999, 11, 30)), noInvalidDate: true })
  .map((d) => new Date(d.getTime()))

const finite: Arb = fc
  .oneof(fc.integer({ min: -1e6, max: 1e6 }), fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }))
  .filter((n) => !Object.is(n, -0))

/** Custom scalar codecs by runtime name. */
const SCALARS: Readonly<Record<string, Arb>> = {
  DateFromTencentTime: date,
  DateOrUnsetFromTencentTime: fc.option(date, { nil: undefined, freq: 5 }),
  NumberFromWire: finite,
  IntegerFromWire: fc.integer({ min: -1e9, max: 1e9 }).filter((n) => !Object.is(n, -0)),
  BooleanFromWire: fc.boolean(),
}

const hasValues = (codec: t.Mixed): codec is t.Mixed & { readonly values: ReadonlyArray<string> } =>
  'values' in codec && Array.isArray(codec.values)

const isFastStruct = (codec: t.Mixed): codec is t.Mixed & { readonly required: t.Props; readonly optional: t.Props } =>
  'required' in codec && 'optional' in codec && typeof codec.required === 'object' && typeof codec.optional === 'object'

const nonEmpty = (record: fc.Arbitrary<Readonly<Record<string, unknown>>>): Arb =>
  record.filter((o) => Object.keys(o).length > 0)

/** Overrides for codecs whose structure is hidden behind a custom `t.Type` (e.g. a dispatch). */
export type Overrides = Readonly<Record<string, () => Arb>>

export const arbitraryOf = (codec: t.Mixed, overrides: Overrides = {}): Arb => {
  const own = overrides[codec.name]
  if (own !== undefined) return own()
  const scalar = SCALARS[codec.name]
  if (scalar !== undefined) return scalar
  if (hasValues(codec)) return fc.constantFrom(...codec.values)
  if (codec instanceof t.StringType) return text
  if (codec instanceof t.LiteralType) return fc.constant(codec.value)
  if (codec instanceof t.ArrayType) return fc.array(arbitraryOf(codec.type, overrides), { minLength: 1, maxLength: 3 })
  if (codec instanceof t.InterfaceType) return fc.record(propsOf(codec.props, overrides), { noNullPrototype: true })
  if (codec instanceof t.PartialType) {
    return nonEmpty(fc.record(propsOf(codec.props, overrides), { requiredKeys: [], noNullPrototype: true }))
  }
  if (isFastStruct(codec)) {
    const struct = fc
      .tuple(
        fc.record(propsOf(codec.required, overrides), { noNullPrototype: true }),
        fc.record(propsOf(codec.optional, overrides), { requiredKeys: [], noNullPrototype: true }),
      )
      .map(([required, optional]) => ({ ...required, ...optional }))
    return Object.keys(codec.required).length === 0 ? nonEmpty(struct) : struct
  }
  if (codec instanceof t.IntersectionType) {
    const parts: ReadonlyArray<t.Mixed> = codec.types
    return fc
      .tuple(...parts.map((part) => arbitraryOf(part, overrides)))
      .map((values) => Object.assign({}, ...values.filter((v) => typeof v === 'object' && v !== null)))
  }
  if (codec instanceof t.UnionType) {
    const members: ReadonlyArray<t.Mixed> = codec.types
    return fc.oneof(...members.map((member) => arbitraryOf(member, overrides)))
  }
  // An alias of a plain codec (`alias('UserData', t.string)`): probe what it accepts.
  if (codec.is('text')) return text
  if (codec.is(1)) return fc.integer({ min: 0, max: 1e6 })
  // A pass-through node (`t.UnknownRecord`): any element with text in it.
  if (codec.is({})) return fc.record({ Extra: text }, { noNullPrototype: true })
  throw new Error(`arbitraryOf: no arbitrary for codec ${codec.name}`)
}

/** Markers the decoder sets when it inferred a name: they follow from the body, they are not data. */
const DECODER_MARKERS = new Set(['TagInferred', 'EventNameInferred'])

const propsOf = (props: t.Props, overrides: Overrides): Record<string, Arb> => {
  const out: Record<string, Arb> = {}
  for (const [key, codec] of Object.entries(props)) {
    if (!DECODER_MARKERS.has(key)) out[key] = arbitraryOf(codec, overrides)
  }
  return out
}
