import type { TextPosition } from '../text-position'

/**
 * The 1-based line and column of UTF-16 offset `offset` in `text` (clamped to its end). Lines
 * end at LF, CRLF or a lone CR, as XML reads them; columns count UTF-16 code units. Only called
 * once a body is refused, so it walks the text rather than building a line index.
 * `xmlPosition('<a>\r\n<b>', 5)` is `{ line: 2, column: 1 }`.
 */
export const xmlPosition = (text: string, offset: number): TextPosition => {
  const end = Math.max(0, Math.min(offset, text.length))
  let line = 1
  let lineStart = 0
  for (let k = 0; k < end; k++) {
    const c = text.charCodeAt(k)
    if (c === 0x0d && text.charCodeAt(k + 1) === 0x0a) {
      // The LF of a CRLF belongs to the line the CR ends.
      if (k + 1 >= end) break
      k++
    }
    if (c === 0x0a || c === 0x0d) {
      line++
      lineStart = k + 1
    }
  }
  return { line, column: end - lineStart + 1 }
}
