/*
 * Character classes of XML 1.0 (5th edition) for the scanner, as integer tests and 128-entry
 * tables: no regular expression, no string is built.
 */

/** Character codes the scanner compares against. */
export const TAB = 0x09
export const LF = 0x0a
export const CR = 0x0d
export const SPACE = 0x20
export const BANG = 0x21
export const QUOT = 0x22
export const HASH = 0x23
export const AMP = 0x26
export const APOS = 0x27
export const DASH = 0x2d
export const SLASH = 0x2f
export const SEMI = 0x3b
export const LT = 0x3c
export const EQ = 0x3d
export const GT = 0x3e
export const QUESTION = 0x3f
export const RBRACKET = 0x5d
export const LOWER_X = 0x78

/** XML `S`: space, tab, CR, LF (not JavaScript's wider `trim()` set). */
export const isSpace = (c: number): boolean => c === SPACE || c === LF || c === TAB || c === CR

/** ASCII name characters: bit 1 may start a name, bit 2 may continue one. */
export const ASCII_NAME = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const start = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x3a
  const more = start || (c >= 0x30 && c <= 0x39) || c === DASH || c === 0x2e
  ASCII_NAME[c] = (start ? 1 : 0) | (more ? 2 : 0)
}

/** How text treats an ASCII character: plain (including blanks), or one to look at closely. */
export const PLAIN = 0
export const SPECIAL = 1
export const TEXT_KIND = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const blank = c === SPACE || c === LF || c === CR || c === TAB
  TEXT_KIND[c] = (c < SPACE && !blank) || c === LT || c === AMP || c === RBRACKET ? SPECIAL : PLAIN
}

/** XML 1.0 `NameStartChar` for a BMP code unit ≥ 0x80 (surrogates excluded). */
export const isWideNameStart = (c: number): boolean =>
  (c >= 0xc0 && c <= 0xd6) ||
  (c >= 0xd8 && c <= 0xf6) ||
  (c >= 0xf8 && c <= 0x2ff) ||
  (c >= 0x370 && c <= 0x37d) ||
  (c >= 0x37f && c <= 0x1fff) ||
  c === 0x200c ||
  c === 0x200d ||
  (c >= 0x2070 && c <= 0x218f) ||
  (c >= 0x2c00 && c <= 0x2fef) ||
  (c >= 0x3001 && c <= 0xd7ff) ||
  (c >= 0xf900 && c <= 0xfdcf) ||
  (c >= 0xfdf0 && c <= 0xfffd)

/** XML 1.0 `NameChar` for a BMP code unit ≥ 0x80 (surrogates excluded). */
export const isWideNameChar = (c: number): boolean =>
  isWideNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040

/** XML 1.0 `Char`: what a character reference may name. */
export const isXmlChar = (cp: number): boolean =>
  cp === TAB ||
  cp === LF ||
  cp === CR ||
  (cp >= SPACE && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff)

/** End of the XML name at `i`, or `i` when no name starts there. */
export const nameEnd = (text: string, i: number): number => {
  const c = text.charCodeAt(i)
  if (c < 128) {
    if (((ASCII_NAME[c] ?? 0) & 1) === 0) return i
    return nameRest(text, i + 1)
  }
  if (c >= 0xd800 && c <= 0xdbff) return wideNamePair(text, i, c) ? nameRest(text, i + 2) : i
  return isWideNameStart(c) ? nameRest(text, i + 1) : i
}

/** A surrogate pair at `i` is U+10000–U+EFFFF, which names allow (high surrogates D800–DB7F). */
export const wideNamePair = (text: string, i: number, c: number): boolean => {
  const d = text.charCodeAt(i + 1)
  return c <= 0xdb7f && d >= 0xdc00 && d <= 0xdfff
}

/** End of the name characters from `i`. */
export const nameRest = (text: string, i: number): number => {
  let j = i
  for (;;) {
    const c = text.charCodeAt(j)
    if (c < 128) {
      if (((ASCII_NAME[c] ?? 0) & 2) === 0) return j
      j++
    } else if (c >= 0xd800 && c <= 0xdbff) {
      if (!wideNamePair(text, j, c)) return j
      j += 2
    } else if (isWideNameChar(c)) j++
    else return j
  }
}

export const skipSpace = (text: string, i: number): number => {
  let j = i
  while (isSpace(text.charCodeAt(j))) j++
  return j
}

/** Whether `text[openAt, openEnd)` and `text[closeAt, closeEnd)` are the same name. */
export const sameName = (text: string, openAt: number, openEnd: number, closeAt: number, closeEnd: number): boolean => {
  if (openEnd - openAt !== closeEnd - closeAt) return false
  for (let k = 0; k < openEnd - openAt; k++) {
    if (text.charCodeAt(openAt + k) !== text.charCodeAt(closeAt + k)) return false
  }
  return true
}
