/** A 1-based line and column in a text. */
export interface TextPosition {
  readonly line: number
  readonly column: number
}

/**
 * Offsets where each line starts, for repeated offset → position look-ups in one text. A line
 * ends at LF, at CRLF (one break, not two) or at a lone CR, as XML 1.0 §2.11 reads line breaks.
 */
export const lineStarts = (text: string): ReadonlyArray<number> => {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x0a) starts.push(i + 1)
    else if (c === 0x0d) {
      if (text.charCodeAt(i + 1) === 0x0a) i++
      starts.push(i + 1)
    }
  }
  return starts
}

/** The position of `offset` given the text's `lineStarts` (binary search); columns count UTF-16 units. */
export const positionIn = (starts: ReadonlyArray<number>, offset: number): TextPosition => {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((starts[mid] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 }
}

/**
 * The 1-based line and column of UTF-16 offset `offset` in `text` (clamped to the text's end), for
 * one look-up: it hops from line break to line break with `indexOf` up to the offset only, and
 * builds no table. Same answer as `positionIn(lineStarts(text), offset)`.
 */
export const positionAt = (text: string, offset: number): TextPosition => {
  const at = Math.max(0, Math.min(offset, text.length))
  let line = 1
  let start = 0
  let lf = text.indexOf('\n')
  let cr = text.indexOf('\r')
  for (;;) {
    const brk = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr)
    if (brk < 0 || brk >= at) break
    const next = brk === cr && text.charCodeAt(brk + 1) === 0x0a ? brk + 2 : brk + 1
    // An offset on the LF of a CRLF is still on the CR's line.
    if (next > at) break
    line++
    start = next
    if (lf >= 0 && lf < next) lf = text.indexOf('\n', next)
    if (cr >= 0 && cr < next) cr = text.indexOf('\r', next)
  }
  return { line, column: at - start + 1 }
}
