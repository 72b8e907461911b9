/* Where the scanner records the first problem it finds, and how messages quote the text. */

/**
 * Why a text is refused: `syntax` (not well-formed), `doctype` (any `<!` declaration), `encoding`,
 * `mixed` (well-formed, but an element holds text beside child elements).
 */
export type XmlProblem = 'syntax' | 'doctype' | 'encoding' | 'mixed'

/**
 * The first problem found, written by `fail`. Scanning helpers return the next offset, or -1
 * after `fail` has filled this in, so nothing is allocated until something is wrong.
 */
export const problem: { at: number; why: string; kind: XmlProblem } = { at: 0, why: '', kind: 'syntax' }

/** Records a problem at offset `at` (the text's length when the text ends too soon); returns -1. */
export const fail = (at: number, why: string, kind: XmlProblem = 'syntax'): number => {
  problem.at = at
  problem.why = why
  problem.kind = kind
  return -1
}

/** Longest name or value quoted in a message, in UTF-16 units. */
const QUOTE_MAX = 40

/**
 * `text[from, to)` for a message: shortened to 40 code units, never splitting a surrogate pair.
 *
 */
export const excerpt = (text: string, from: number, to: number): string => {
  if (to - from <= QUOTE_MAX) return text.slice(from, to)
  let cut = from + QUOTE_MAX
  const last = text.charCodeAt(cut - 1)
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1
  return `${text.slice(from, cut)}…`
}

/** `U+0001`: how a message names a character. */
export const hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`
