// Reading fields of a decoded value without trusting its type: the summary lines read fields
// that only some members of a union have (a job's outputs live in a different node per Tag).

/** `u[key]` when `u` is a plain object, else `undefined`. */
export const get = (u: unknown, key: string): unknown =>
  typeof u === 'object' && u !== null && !Array.isArray(u) ? Reflect.get(u, key) : undefined

/** A non-empty string, else `undefined`. */
export const text = (u: unknown): string | undefined => (typeof u === 'string' && u !== '' ? u : undefined)

/** A number, else `undefined`. */
export const num = (u: unknown): number | undefined => (typeof u === 'number' ? u : undefined)

/** A list as a list, one value as a list of one, nothing as an empty list. */
export const list = (u: unknown): ReadonlyArray<unknown> => (Array.isArray(u) ? u : u === undefined ? [] : [u])

/** `Code: "Message"` (or `Code`) when a failure `Code` is present. */
export const failure = (code: unknown, message: unknown): string | undefined => {
  const c = text(code)
  if (c === undefined) return undefined
  const m = text(message)
  return m === undefined ? c : `${c}: ${JSON.stringify(m)}`
}
