import type { PathStep } from './path-steps'
import { isBlankCode } from '../normalise/blank'

/** Where a path leads in a JSON text: the offset of the deepest value reached, and how many steps it took. */
export interface Located {
  readonly offset: number
  readonly matched: number
}

const QUOTE = 0x22
const OPEN_BRACE = 0x7b
const OPEN_BRACKET = 0x5b
const CLOSE_BRACE = 0x7d
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c

/** A run with no quote or bracket, and a run of a string with no quote or backslash (sticky: matched at `lastIndex`). */
const PLAIN_RUN = /[^"{}[\]]*/y
const STRING_RUN = /[^"\\]*/y

/**
 * Finds the value a path names in a JSON text that is known to be valid. Tencent's one-or-many
 * rule applies: index 0 of something that is not an array is the thing itself. When the path
 * leads nowhere (a missing field) the deepest value reached is returned. It stops as soon as
 * the path is matched. Recursion is bounded by the depth limit checked before parsing. The text
 * is read by char code, and a key with no escape is sliced, not parsed.
 */
export const locateJson = (text: string, steps: ReadonlyArray<PathStep>): Located => {
  let i = 0
  const n = text.length
  const skipBlank = (): void => {
    while (i < n && isBlankCode(text.charCodeAt(i))) i++
  }
  /** Past the string that starts at `i`; true when it holds an escape. Runs of plain characters are jumped. */
  const skipString = (): boolean => {
    let escaped = false
    i++
    for (;;) {
      STRING_RUN.lastIndex = i
      STRING_RUN.test(text)
      i = STRING_RUN.lastIndex
      if (i >= n) break
      if (text.charCodeAt(i) === QUOTE) break
      escaped = true
      i += 2
    }
    i++
    return escaped
  }
  const readKey = (): string => {
    const start = i
    if (!skipString()) return text.slice(start + 1, i - 1)
    const raw: unknown = JSON.parse(text.slice(start, i))
    return typeof raw === 'string' ? raw : ''
  }
  const skipValue = (): void => {
    skipBlank()
    const c = text.charCodeAt(i)
    if (c === QUOTE) {
      skipString()
      return
    }
    if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
      for (; i < n; i++) {
        const d = text.charCodeAt(i)
        if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || isBlankCode(d)) break
      }
      return
    }
    let depth = 0
    do {
      // Jump the run up to the next quote or bracket.
      PLAIN_RUN.lastIndex = i
      PLAIN_RUN.test(text)
      i = PLAIN_RUN.lastIndex
      if (i >= n) break
      const d = text.charCodeAt(i)
      if (d === QUOTE) {
        skipString()
        continue
      }
      if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++
      else depth--
      i++
    } while (depth > 0 && i < n)
  }

  /** At a value that steps[0..s) led to: go on matching steps[s..]. */
  const value = (s: number): Located => {
    skipBlank()
    let next = s
    if (typeof steps[next] === 'number' && text.charCodeAt(i) !== OPEN_BRACKET) {
      if (steps[next] !== 0) {
        const reached = { offset: i, matched: s }
        skipValue()
        return reached
      }
      next++
    }
    const here: Located = { offset: i, matched: next }
    const step = steps[next]
    const open = text.charCodeAt(i)
    if (step === undefined || (open !== OPEN_BRACE && open !== OPEN_BRACKET)) {
      skipValue()
      return here
    }
    i++
    for (let index = 0; ; index++) {
      skipBlank()
      const c = text.charCodeAt(i)
      if (c === CLOSE_BRACE || c === CLOSE_BRACKET || i >= n) break
      if (open === OPEN_BRACE) {
        const key = readKey()
        skipBlank()
        i++
        // Found: nothing after it is needed, so the search stops here (no pass to the end).
        if (key === step) return value(next + 1)
        skipValue()
      } else if (index === step) return value(next + 1)
      else skipValue()
      skipBlank()
      if (text.charCodeAt(i) === COMMA) i++
    }
    i++
    return here
  }
  return value(0)
}
