import { isBlankCode } from '../normalise/blank'
/** What one pass over a JSON text finds before it is parsed. */
export interface JsonScan {
  /** Deepest nesting of objects and arrays. */
  readonly depth: number
  /** Colons outside strings: in valid JSON, one per key of every object. */
  readonly keys: number
}

/** True when the `"` at `at` is escaped (an odd run of backslashes before it). */
const isEscaped = (text: string, at: number): boolean => {
  let backslashes = 0
  for (let k = at - 1; k >= 0 && text.charCodeAt(k) === 0x5c; k--) backslashes++
  return backslashes % 2 === 1
}

/**
 * Measures nesting depth and counts keys in one iterative pass, hopping over strings with
 * `indexOf` (most of a callback's bytes are inside strings), so a hostile depth costs a loop and
 * no stack. The key count lets the caller tell a duplicate key (`JSON.parse` keeps the last one
 * silently) from the normaliser's own count, without a slower locating pass on valid bodies.
 */
export const scanJson = (text: string): JsonScan => {
  let depth = 0
  let max = 0
  let keys = 0
  const n = text.length
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      let end = text.indexOf('"', i + 1)
      while (end !== -1 && isEscaped(text, end)) end = text.indexOf('"', end + 1)
      if (end === -1) break
      i = end + 1
      continue
    }
    if (c === 0x3a) keys++
    else if (c === 0x7b || c === 0x5b) {
      depth++
      if (depth > max) max = depth
    } else if (c === 0x7d || c === 0x5d) depth--
    i++
  }
  return { depth: max, keys }
}

/**
 * An upper bound on the keys in a JSON text, equal to it in practice, at `indexOf` speed: every
 * colon right after an unescaped `"` (blanks allowed between). Each key's colon is counted; a string
 * that starts with a colon adds a false one, which only sends the caller to its slower, exact pass.
 */
export const countKeys = (text: string): number => {
  let keys = 0
  for (let i = text.indexOf(':'); i !== -1; i = text.indexOf(':', i + 1)) {
    let j = i - 1
    // Before the start, `charCodeAt` is NaN: neither blank nor a quote.
    let c = text.charCodeAt(j)
    while (isBlankCode(c)) c = text.charCodeAt(--j)
    // Most quotes have no backslash before them: the run of backslashes is counted only when there is one.
    if (c === 0x22 && (text.charCodeAt(j - 1) !== 0x5c || !isEscaped(text, j))) keys++
  }
  return keys
}

/**
 * False when the text cannot nest deeper than `max` because it has at most `max` `{` and `[` in
 * all (strings included): two `indexOf` loops, so a callback's usual few dozen objects cost
 * nearly nothing. True means "may": measure with `scanJson`.
 */
export const mayNestDeeperThan = (text: string, max: number): boolean => {
  let opens = 0
  for (let i = text.indexOf('{'); i !== -1 && opens <= max; i = text.indexOf('{', i + 1)) opens++
  for (let i = text.indexOf('['); i !== -1 && opens <= max; i = text.indexOf('[', i + 1)) opens++
  return opens > max
}
