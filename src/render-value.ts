const MAX_TEXT = 60
const MAX_KEYS = 5
const MAX_KEY = 30

/**
 * `s` cut to at most `max` UTF-16 units plus `…`, never between the two halves of a surrogate
 * pair (so the result is as well-formed as `s` was).
 *
 * @example
 * shorten('abcdef', 3) // 'abc…'
 */
export const shorten = (s: string, max: number): string => {
  if (s.length <= max) return s
  const last = s.charCodeAt(max - 1)
  const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max
  return `${s.slice(0, end)}…`
}

const quote = (s: string): string => JSON.stringify(shorten(s, MAX_TEXT))

const renderObject = (u: object): string => {
  if (Array.isArray(u)) return u.length === 1 ? 'a list of 1 item' : `a list of ${u.length} items`
  if (u instanceof Uint8Array) return `${u.byteLength} bytes`
  if (u instanceof Date) return Number.isNaN(u.getTime()) ? 'an invalid Date' : `the Date ${u.toISOString()}`
  const keys = Object.keys(u)
  if (keys.length === 0) return 'an empty object'
  const shown = keys.slice(0, MAX_KEYS).map((k) => shorten(k, MAX_KEY))
  return `an object with keys ${shown.join(', ')}${keys.length > MAX_KEYS ? ', …' : ''}`
}

/**
 * A short, bounded rendering of any value for error messages: `"yesterday"`, `5`, `nothing`,
 * `a list of 3 items`, `an object with keys Code, JobId, …`. Never walks deeper than one level,
 * so huge or deeply nested values cost the same as small ones; never throws (a proxy or a
 * throwing getter is `an object that could not be read`).
 */
export const renderValue = (u: unknown): string => {
  switch (typeof u) {
    case 'undefined':
      return 'nothing'
    case 'string':
      return quote(u)
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(u)
    case 'symbol':
      return 'a symbol'
    case 'function':
      return 'a function'
    case 'object':
      break
  }
  if (u === null) return 'null'
  try {
    return renderObject(u)
  } catch {
    return 'an object that could not be read'
  }
}
