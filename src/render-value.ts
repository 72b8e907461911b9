const MAX_TEXT = 60
const MAX_KEYS = 5

const quote = (s: string): string => JSON.stringify(s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}…` : s)

/**
 * A short, bounded rendering of any value for error messages: `"yesterday"`, `5`, `nothing`,
 * `a list of 3 items`, `an object with keys Code, JobId, …`. Never walks deeper than one level,
 * so huge or deeply nested values cost the same as small ones.
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
  if (Array.isArray(u)) return u.length === 1 ? 'a list of 1 item' : `a list of ${u.length} items`
  if (u instanceof Uint8Array) return `${u.byteLength} bytes`
  if (u instanceof Date) return Number.isNaN(u.getTime()) ? 'an invalid Date' : `the Date ${u.toISOString()}`
  const keys = Object.keys(u)
  if (keys.length === 0) return 'an empty object'
  const shown = keys.slice(0, MAX_KEYS).map((k) => (k.length > 30 ? `${k.slice(0, 30)}…` : k))
  return `an object with keys ${shown.join(', ')}${keys.length > MAX_KEYS ? ', …' : ''}`
}
