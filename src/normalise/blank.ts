/**
 * True when `s` is blank: empty, or only XML whitespace (space, tab, CR, LF). Not JavaScript's
 * `trim()` set, which also swallows U+00A0, U+3000 and U+FEFF: those are text.
 * `isBlank(' \n\t')` is true, `isBlank('\u3000')` false.
 */
export const isBlank = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (!isBlankCode(s.charCodeAt(i))) return false
  return true
}

/**
 * True for the code of a blank character: space, tab, CR or LF, the whitespace of XML and of JSON
 * alike. The one blank test every reader of a body uses.
 */
export const isBlankCode = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d

/**
 * `s` without leading and trailing XML whitespace (space, tab, CR, LF): how typed scalars
 * (numbers, booleans, times) read their text, as XML Schema collapses it. Returns `s` itself
 * when there is nothing to strip.
 * `stripXmlSpace(' 5\n')` is `'5'`.
 */
export const stripXmlSpace = (s: string): string => {
  let start = 0
  let end = s.length
  while (start < end && isBlankCode(s.charCodeAt(start))) start++
  while (end > start && isBlankCode(s.charCodeAt(end - 1))) end--
  return start === 0 && end === s.length ? s : s.slice(start, end)
}
