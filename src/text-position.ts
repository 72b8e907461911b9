/*
 * Line and column in a body, said once: every line and column the library reports (syntax errors,
 * located issues, encoding errors) comes from here. A line ends at LF, at CRLF (one break, not two)
 * or at a lone CR, as XML 1.0 §2.11 reads line breaks; columns count UTF-16 code units.
 */

/** A 1-based line and column in a text. */
export interface TextPosition {
  readonly line: number
  readonly column: number
}

/**
 * Walks `text`'s line starts up to offset `at` (in `[0, text.length]`) and returns `at`'s
 * position; each start it passes is also pushed onto `starts` when one is given. Breaks are found
 * with `indexOf`, so a line costs one native search rather than a loop over its characters, and
 * the walk goes no further than `at`: an offset on the LF of a CRLF is on the CR's line.
 */
const walkLines = (text: string, at: number, starts: number[] | undefined): TextPosition => {
  let line = 1
  let lineStart = 0
  let lf = text.indexOf('\n')
  let cr = text.indexOf('\r')
  for (;;) {
    const brk = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr)
    if (brk < 0 || brk >= at) break
    const next = brk === cr && text.charCodeAt(brk + 1) === 0x0a ? brk + 2 : brk + 1
    if (next > at) break
    line++
    lineStart = next
    if (starts !== undefined) starts.push(next)
    if (lf >= 0 && lf < next) lf = text.indexOf('\n', next)
    if (cr >= 0 && cr < next) cr = text.indexOf('\r', next)
  }
  return { line, column: at - lineStart + 1 }
}

/** Offsets where each line starts, for repeated offset → position look-ups in one text (`positionIn`). */
export const lineStarts = (text: string): ReadonlyArray<number> => {
  const starts = [0]
  walkLines(text, text.length, starts)
  return starts
}

/** The position of `offset` given the text's `lineStarts` (binary search). */
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
 * The position of UTF-16 offset `offset` in `text` (clamped to the text), for one look-up: it walks
 * the line starts up to the offset only, and builds no table. Same answer as
 * `positionIn(lineStarts(text), offset)`.
 */
export const positionAt = (text: string, offset: number): TextPosition =>
  walkLines(text, Math.max(0, Math.min(offset, text.length)), undefined)
