/** A 1-based line and column in a text. */
export interface TextPosition {
  readonly line: number
  readonly column: number
}

/** The 1-based line and column of UTF-16 offset `offset` in `text` (clamped to the text's end). */
export const positionAt = (text: string, offset: number): TextPosition => {
  const end = Math.max(0, Math.min(offset, text.length))
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) {
    line += 1
    lineStart = i + 1
  }
  return { line, column: end - lineStart + 1 }
}
