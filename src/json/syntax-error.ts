import { isBlankCode } from '../normalise/blank'
/** What the checker expects next. */
const VALUE = 0
const VALUE_OR_END = 1
const KEY_OR_END = 2
const KEY = 3
const COLON = 4
const AFTER = 5

const QUOTE = 0x22
const BACKSLASH = 0x5c
const OPEN_BRACE = 0x7b
const CLOSE_BRACE = 0x7d
const OPEN_BRACKET = 0x5b
const CLOSE_BRACKET = 0x5d
const COMMA = 0x2c
const COLON_CHAR = 0x3a

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const LITERALS = ['true', 'false', 'null'] as const

const isHex = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66)

/** `"\/bfnrt`: the characters a backslash may escape, besides `u`. */
const isEscape = (c: number): boolean =>
  c === QUOTE || c === BACKSLASH || c === 0x2f || c === 0x62 || c === 0x66 || c === 0x6e || c === 0x72 || c === 0x74

/** End of the string starting at `i` (a `"`), or the negative of 1 + the offset of its first error. */
const scanString = (text: string, i: number): number => {
  const n = text.length
  let j = i + 1
  while (j < n) {
    const c = text.charCodeAt(j)
    if (c === QUOTE) return j + 1
    if (c < 0x20) return -(j + 1)
    if (c === BACKSLASH) {
      const e = text.charCodeAt(j + 1)
      if (e === 0x75) {
        for (let k = j + 2; k < j + 6; k++) if (!isHex(text.charCodeAt(k))) return -(j + 1)
        j += 6
      } else if (isEscape(e)) j += 2
      else return -(j + 1)
    } else j += 1
  }
  return -(n + 1)
}

/** Length of the literal or number at `i`, or 0 when neither starts there. */
const scalarLength = (text: string, i: number): number => {
  for (const word of LITERALS) if (text.startsWith(word, i)) return word.length
  NUMBER.lastIndex = i
  return NUMBER.test(text) ? NUMBER.lastIndex - i : 0
}

/**
 * Offset of the first character that makes `text` invalid JSON (RFC 8259), or -1 if it is valid.
 * Engines word `JSON.parse` errors differently and do not always say where; this says where,
 * iteratively, so it costs a loop at any depth. It runs only once `JSON.parse` has refused the
 * text, but a failure should still cost about what a success does: char codes, no string per
 * character, no allocation but the stack of open brackets.
 */
export const jsonSyntaxErrorAt = (text: string): number => {
  const n = text.length
  const stack: Array<number> = []
  let state = VALUE
  let i = 0
  for (;;) {
    while (isBlankCode(text.charCodeAt(i))) i++
    if (i >= n) return state === AFTER && stack.length === 0 ? -1 : n
    const c = text.charCodeAt(i)
    switch (state) {
      case VALUE_OR_END:
      case KEY_OR_END:
        if (c === (state === VALUE_OR_END ? CLOSE_BRACKET : CLOSE_BRACE)) {
          stack.pop()
          i += 1
          state = AFTER
        } else state = state === VALUE_OR_END ? VALUE : KEY
        break
      case VALUE: {
        if (c === OPEN_BRACE || c === OPEN_BRACKET) {
          stack.push(c)
          i += 1
          state = c === OPEN_BRACE ? KEY_OR_END : VALUE_OR_END
          break
        }
        if (c === QUOTE) {
          const end = scanString(text, i)
          if (end < 0) return -end - 1
          i = end
          state = AFTER
          break
        }
        const length = scalarLength(text, i)
        if (length === 0) return i
        i += length
        state = AFTER
        break
      }
      case KEY: {
        if (c !== QUOTE) return i
        const end = scanString(text, i)
        if (end < 0) return -end - 1
        i = end
        state = COLON
        break
      }
      case COLON:
        if (c !== COLON_CHAR) return i
        i += 1
        state = VALUE
        break
      default: {
        const top = stack[stack.length - 1]
        if (top === undefined) return i
        if (c === COMMA) {
          i += 1
          state = top === OPEN_BRACE ? KEY : VALUE
        } else if ((c === CLOSE_BRACE && top === OPEN_BRACE) || (c === CLOSE_BRACKET && top === OPEN_BRACKET)) {
          stack.pop()
          i += 1
        } else return i
        break
      }
    }
  }
}
