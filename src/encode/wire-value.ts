/**
 * What the encoders accept: the wire tree a codec's `encode` returns (strings, numbers and
 * booleans, arrays, plain objects). A key holding `undefined` is an unset time
 * (`DateOrUnsetFromTencentTime`, the only typed field whose value may be `undefined`): Tencent
 * writes it `-`, and so do the encoders.
 */
export const UNSET = '-'

/** True for a plain object node of the wire tree (not an array, not null). */
export const isNode = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

/** The text of a scalar leaf: strings as they are, numbers and booleans as JSON writes them. */
export const leafText = (u: unknown): string =>
  u === undefined ? UNSET : typeof u === 'string' ? u : typeof u === 'number' || typeof u === 'boolean' ? String(u) : ''
