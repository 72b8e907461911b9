import * as fc from 'fast-check'

/** One edit of a body: cut it, overwrite a byte, or insert a piece of markup a parser must survive. */
export type Mutation =
  | { readonly kind: 'truncate'; readonly at: number }
  | { readonly kind: 'flip'; readonly at: number; readonly byte: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string }

/** One to four edits, each at any place of a body. */
export const mutations: fc.Arbitrary<ReadonlyArray<Mutation>> = fc.array(
  fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.constantFrom(
        '<',
        '>',
        '&',
        '&amp;',
        '<!DOCTYPE x>',
        '<![CDATA[',
        ']]>',
        '"',
        '{',
        '}',
        '[',
        ',',
        '</Response>',
        '<__proto__>',
        '\u0000',
        '\uFEFF',
        '&#x0;',
        '&#xD800;',
      ),
    }),
  ),
  { minLength: 1, maxLength: 4 },
)

/** `body` with the edits applied, in order, each at its place modulo the body's length (a copy). */
export const mutated = (body: Uint8Array, edits: ReadonlyArray<Mutation>): Buffer => {
  let bytes = Buffer.from(body)
  for (const m of edits) {
    const at = bytes.length === 0 ? 0 : m.at % bytes.length
    if (m.kind === 'truncate') bytes = bytes.subarray(0, at)
    else if (m.kind === 'flip')
      bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([m.byte]), bytes.subarray(at + 1)])
    else bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text), bytes.subarray(at)])
  }
  return bytes
}
