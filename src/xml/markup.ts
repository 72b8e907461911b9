/*
 * Checks for each kind of markup but elements: references, comments, processing instructions,
 * CDATA sections, attributes and the XML declaration. Each takes the offset where the markup
 * starts and returns the offset just past it, or -1 after recording the problem with `fail`.
 */

import {
  AMP,
  APOS,
  CR,
  DASH,
  EQ,
  GT,
  HASH,
  isSpace,
  isXmlChar,
  LF,
  LOWER_X,
  LT,
  nameEnd,
  QUESTION,
  QUOT,
  RBRACKET,
  sameName,
  SEMI,
  skipSpace,
  SLASH,
  SPACE,
  TAB,
} from './chars'
import { excerpt, fail, hex } from './problem'

/** Checks the code unit at `i` that is a control character or ≥ U+D800; returns the next offset. */
export const wideChar = (text: string, i: number, c: number): number => {
  if (c < SPACE) {
    return c === TAB || c === LF || c === CR ? i + 1 : fail(i, `the character ${hex(c)} is not allowed in XML`)
  }
  if (c < 0xd800) return i + 1
  if (c <= 0xdbff) {
    const d = text.charCodeAt(i + 1)
    return d >= 0xdc00 && d <= 0xdfff ? i + 2 : fail(i, `a lone surrogate ${hex(c)} is not allowed in XML`)
  }
  if (c <= 0xdfff) return fail(i, `a lone surrogate ${hex(c)} is not allowed in XML`)
  return c === 0xfffe || c === 0xffff ? fail(i, `the character ${hex(c)} is not allowed in XML`) : i + 1
}

const PREDEFINED = ['lt', 'gt', 'amp', 'quot', 'apos'] as const

/** Checks the reference at `i` (`&…;`); returns the offset after its `;`. */
export const reference = (text: string, i: number): number => {
  let j = i + 1
  if (text.charCodeAt(j) === HASH) {
    j++
    const isHex = text.charCodeAt(j) === LOWER_X
    if (isHex) j++
    const digits = j
    let value = 0
    for (;;) {
      const c = text.charCodeAt(j)
      let digit = -1
      if (c >= 0x30 && c <= 0x39) digit = c - 0x30
      else if (isHex && c >= 0x61 && c <= 0x66) digit = c - 0x57
      else if (isHex && c >= 0x41 && c <= 0x46) digit = c - 0x37
      if (digit < 0) break
      // Saturate: anything past U+10FFFF is refused, however many digits follow.
      value = value > 0x10ffff ? value : value * (isHex ? 16 : 10) + digit
      j++
    }
    if (j === digits || text.charCodeAt(j) !== SEMI) {
      return fail(j >= text.length ? j : i, `a character reference must look like &#65; or &#x41;`)
    }
    return isXmlChar(value)
      ? j + 1
      : fail(i, `the character reference ${excerpt(text, i, j + 1)} names a character XML does not allow`)
  }
  const end = nameEnd(text, j)
  if (end === j || text.charCodeAt(end) !== SEMI) {
    return fail(end >= text.length ? end : i, `a bare '&' must be written &amp;`)
  }
  const length = end - j
  for (const name of PREDEFINED) if (name.length === length && text.startsWith(name, j)) return end + 1
  return fail(
    i,
    `the entity reference ${excerpt(text, i, end + 1)} is not one of XML's five (&lt; &gt; &amp; &quot; &apos;), and declarations are refused`,
  )
}

/** Checks a comment starting at `i` (`<!--`); returns the offset after `-->`. */
export const comment = (text: string, i: number): number => {
  let j = i + 4
  for (;;) {
    const c = text.charCodeAt(j)
    if (c === DASH && text.charCodeAt(j + 1) === DASH) {
      if (text.charCodeAt(j + 2) === GT) return j + 3
      return fail(j >= text.length - 2 ? text.length : j, `'--' is not allowed inside a comment`)
    }
    if (c >= SPACE && c < 0xd800) j++
    else if (j >= text.length) return fail(j, 'inside a comment')
    else {
      j = wideChar(text, j, c)
      if (j < 0) return -1
    }
  }
}

/** Checks a processing instruction starting at `i` (`<?`); returns the offset after `?>`. */
export const instruction = (text: string, i: number): number => {
  const end = nameEnd(text, i + 2)
  if (end === i + 2) return fail(end >= text.length ? end : i, 'a processing instruction needs a target name')
  if (
    end - i - 2 === 3 &&
    (text.charCodeAt(i + 2) | 0x20) === 0x78 &&
    (text.charCodeAt(i + 3) | 0x20) === 0x6d &&
    (text.charCodeAt(i + 4) | 0x20) === 0x6c
  ) {
    return fail(i, 'an XML declaration (<?xml …?>) is allowed only at the very start of the body')
  }
  let j = end
  if (text.charCodeAt(j) === QUESTION && text.charCodeAt(j + 1) === GT) return j + 2
  if (!isSpace(text.charCodeAt(j))) {
    return fail(j >= text.length ? j : i, 'a processing instruction target must be followed by a space or ?>')
  }
  for (;;) {
    const c = text.charCodeAt(j)
    if (c === QUESTION && text.charCodeAt(j + 1) === GT) return j + 2
    if (c >= SPACE && c < 0xd800) j++
    else if (j >= text.length) return fail(j, 'inside a processing instruction')
    else {
      j = wideChar(text, j, c)
      if (j < 0) return -1
    }
  }
}

/** Checks a CDATA section starting at `i` (`<![CDATA[`); returns the offset after `]]>`. */
export const cdata = (text: string, i: number): number => {
  let j = i + 9
  for (;;) {
    const c = text.charCodeAt(j)
    if (c === RBRACKET && text.charCodeAt(j + 1) === RBRACKET && text.charCodeAt(j + 2) === GT) return j + 3
    if (c >= SPACE && c < 0xd800) j++
    else if (j >= text.length) return fail(j, 'inside a CDATA section')
    else {
      j = wideChar(text, j, c)
      if (j < 0) return -1
    }
  }
}

/** Checks a quoted attribute value at `i` (its quote); returns the offset after the closing quote. */
const attributeValue = (text: string, i: number): number => {
  const quote = text.charCodeAt(i)
  if (quote !== QUOT && quote !== APOS) {
    return fail(i, 'an attribute value must be quoted')
  }
  let j = i + 1
  for (;;) {
    const c = text.charCodeAt(j)
    if (c === quote) return j + 1
    if (c === LT) return fail(j, "'<' is not allowed in an attribute value")
    if (c === AMP) j = reference(text, j)
    else if (c >= SPACE && c < 0xd800) j++
    else if (j >= text.length) return fail(j, 'inside an attribute value')
    else j = wideChar(text, j, c)
    if (j < 0) return -1
  }
}

/** Attributes compared pairwise for the duplicate check; past this many, a set of names is used. */
const FEW_ATTRIBUTES = 8

/** Names of the first `FEW_ATTRIBUTES` attributes of the start tag being read (start, end pairs). */
const attributes = new Int32Array(2 * FEW_ATTRIBUTES)

/**
 * Checks the rest of a start tag from `j`, just after its name; returns the offset after its `>`.
 * The tag was empty (`<a/>`) when the character before that `>` is `/`.
 */
export const startTagEnd = (text: string, j0: number): number => {
  let j = j0
  let count = 0
  // Only for a tag with many attributes (no Tencent callback has any), so that a hostile tag with
  // thousands of them costs linear time, not a comparison of every pair.
  let many: Set<string> | undefined
  for (;;) {
    const c = text.charCodeAt(j)
    if (c === GT) return j + 1
    if (c === SLASH) {
      if (text.charCodeAt(j + 1) !== GT) return fail(j + 1 >= text.length ? j + 1 : j, "'/' must be followed by '>'")
      return j + 2
    }
    if (!isSpace(c)) {
      return fail(j, 'expected a space, an attribute, ">" or "/>" in a start tag')
    }
    j = skipSpace(text, j)
    const d = text.charCodeAt(j)
    if (d === GT || d === SLASH) continue
    const nameAt = j
    j = nameEnd(text, j)
    if (j === nameAt) return fail(j, 'expected an attribute name, ">" or "/>" in a start tag')
    const length = j - nameAt
    let twice = false
    if (count < FEW_ATTRIBUTES) {
      for (let k = 0; k < count && !twice; k++) {
        twice = sameName(text, attributes[2 * k] ?? 0, attributes[2 * k + 1] ?? 0, nameAt, j)
      }
      attributes[2 * count] = nameAt
      attributes[2 * count + 1] = j
    } else {
      if (many === undefined) {
        many = new Set()
        for (let k = 0; k < count; k++) many.add(text.slice(attributes[2 * k] ?? 0, attributes[2 * k + 1] ?? 0))
      }
      const name = text.slice(nameAt, j)
      twice = many.has(name)
      many.add(name)
    }
    if (twice) return fail(nameAt, `the attribute ${excerpt(text, nameAt, j)} appears twice in one tag`)
    count++
    j = skipSpace(text, j)
    if (text.charCodeAt(j) !== EQ) {
      return fail(j >= text.length ? j : nameAt, `the attribute ${excerpt(text, nameAt, nameAt + length)} has no value`)
    }
    j = attributeValue(text, skipSpace(text, j + 1))
    if (j < 0) return -1
  }
}

/** Checks `encoding` in the XML declaration: UTF-8 only (any case), since the text was decoded as UTF-8. */
const isUtf8 = (text: string, from: number, to: number): boolean =>
  to - from === 5 &&
  (text.charCodeAt(from) | 0x20) === 0x75 &&
  (text.charCodeAt(from + 1) | 0x20) === 0x74 &&
  (text.charCodeAt(from + 2) | 0x20) === 0x66 &&
  text.charCodeAt(from + 3) === DASH &&
  text.charCodeAt(from + 4) === 0x38

/**
 * Checks the XML declaration at offset 0 (`<?xml` then a space): `version` first, then optional
 * `encoding` and `standalone`, in that order. Returns the offset after `?>`.
 */
export const declaration = (text: string): number => {
  let j = 5
  let field = 0 // 0 version, 1 encoding, 2 standalone, 3 done
  for (;;) {
    const spaced = isSpace(text.charCodeAt(j))
    j = skipSpace(text, j)
    if (text.charCodeAt(j) === QUESTION && text.charCodeAt(j + 1) === GT) {
      return field === 0 ? fail(j, 'the XML declaration must give a version') : j + 2
    }
    if (j >= text.length) return fail(j, 'inside the XML declaration')
    const nameAt = j
    j = nameEnd(text, j)
    const name = text.slice(nameAt, j)
    const expected = field === 0 ? ['version'] : field === 1 ? ['encoding', 'standalone'] : ['standalone']
    if (!spaced || field === 3 || !expected.includes(name)) {
      return fail(nameAt, 'the XML declaration may only hold version, encoding and standalone, in that order')
    }
    j = skipSpace(text, j)
    if (text.charCodeAt(j) !== EQ) return fail(j, `the XML declaration's ${name} needs a value`)
    j = skipSpace(text, j + 1)
    const quote = text.charCodeAt(j)
    const end = quote === QUOT || quote === APOS ? text.indexOf(quote === QUOT ? '"' : "'", j + 1) : -1
    if (end === -1) return fail(j, `the XML declaration's ${name} must be quoted`)
    const valueAt = j + 1
    if (name === 'version') {
      if (!/^1\.[0-9]+$/.test(text.slice(valueAt, end))) {
        return fail(valueAt, `the XML version "${excerpt(text, valueAt, end)}" is not 1.x`)
      }
      field = 1
    } else if (name === 'encoding') {
      if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(text.slice(valueAt, end))) {
        return fail(valueAt, `the XML declaration's encoding "${excerpt(text, valueAt, end)}" is not an encoding name`)
      }
      if (!isUtf8(text, valueAt, end)) {
        return fail(
          valueAt,
          `The XML declaration names the encoding "${excerpt(text, valueAt, end)}": only UTF-8 callbacks are accepted`,
          'encoding',
        )
      }
      field = 2
    } else {
      const value = text.slice(valueAt, end)
      if (value !== 'yes' && value !== 'no') return fail(valueAt, 'standalone must be "yes" or "no"')
      field = 3
    }
    j = end + 1
  }
}
