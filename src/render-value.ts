const MAX_TEXT = 60
const MAX_KEYS = 5
const MAX_KEY = 30

/**
 * `s` cut to at most `max` UTF-16 units plus `…`, never between the two halves of a surrogate
 * pair (so the result is as well-formed as `s` was).
 * `shorten('abcdef', 3)` is `'abc…'`.
 */
export const shorten = (s: string, max: number): string => {
  if (s.length <= max) return s
  const last = s.charCodeAt(max - 1)
  const end = last >= 0xd800 && last <= 0xdbff ? max - 1 : max
  return `${s.slice(0, end)}…`
}

/**
 * Whether code unit `c` must not reach a terminal raw: C0 and C1 controls, DEL, the line and
 * paragraph separators, and the bidi controls that reorder what follows them (U+061C, U+200E,
 * U+200F, U+202A–U+202E, U+2066–U+2069).
 */
const isControl = (c: number): boolean =>
  c <= 0x1f ||
  (c >= 0x7f && c <= 0x9f) ||
  c === 0x061c ||
  c === 0x200e ||
  c === 0x200f ||
  c === 0x2028 ||
  c === 0x2029 ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069)

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

const SHORT_ESCAPES: Readonly<Record<number, string>> = { 0x09: '\\t', 0x0a: '\\n', 0x0d: '\\r' }

/** How code unit `c` is written when it must not be printed raw; `undefined` when it may. */
const escapeUnit = (c: number, quoted: boolean): string | undefined => {
  if (isControl(c) || isHigh(c) || isLow(c)) return SHORT_ESCAPES[c] ?? `\\u${c.toString(16).padStart(4, '0')}`
  if (quoted && c === 0x22) return '\\"'
  if (quoted && c === 0x5c) return '\\\\'
  return undefined
}

/**
 * `s` made safe to print and cut to at most `max` UTF-16 units plus `…`: every control character
 * (see above) and every lone surrogate is written as an escape (`\n`, `\t`, `\r`, `\u0000`,
 * `\u202e`), so a hostile value can neither break a line, nor reorder the text after it, nor be
 * mistaken for another; escapes and surrogate pairs are never cut in half. With `quoted`, `"` and
 * `\` are escaped too (the result reads as a JSON string body). The work is bounded by `max`,
 * however long `s` is.
 * `readable('a\u0000b\u202ec', 10)` is `'a\\u0000b\\u202ec'`; `readable('x'.repeat(100), 5)` is `'xxxxx…'`.
 */
export const readable = (s: string, max: number, quoted = false): string => {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const pair = isHigh(c) && isLow(s.charCodeAt(i + 1))
    const piece = pair ? s.slice(i, i + 2) : (escapeUnit(c, quoted) ?? s.charAt(i))
    if (out.length + piece.length > max) return `${out}…`
    out += piece
    if (pair) i++
  }
  return out
}

const quote = (s: string): string => `"${readable(s, MAX_TEXT, true)}"`

const renderObject = (u: object): string => {
  if (Array.isArray(u)) return u.length === 1 ? 'a list of 1 item' : `a list of ${u.length} items`
  if (u instanceof Uint8Array) return `${u.byteLength} bytes`
  if (u instanceof Date) return Number.isNaN(u.getTime()) ? 'an invalid Date' : `the Date ${u.toISOString()}`
  const keys = Object.keys(u)
  if (keys.length === 0) return 'an empty object'
  const shown = keys.slice(0, MAX_KEYS).map((k) => readable(k, MAX_KEY))
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
