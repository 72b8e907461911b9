/*
 * One pass over an XML text that checks well-formedness (XML 1.0, 5th edition, no DTD) and
 * nesting depth together, before fast-xml-parser builds the tree without validating.
 *
 * What makes it fast (keep it so):
 * - One forward walk with `charCodeAt` and integer comparisons; no regular expression, no
 *   `slice`/`substring`, no string concatenation on the happy path. Text runs, the bulk of a
 *   pretty-printed body, cost one compare per character in the common case (`c > 0x20` and not
 *   `&`, `]`, a surrogate or `<`).
 * - No allocation per token: open elements live on one module-level `Int32Array` stack (name
 *   start, name end, first text offset, has-child flag), grown by doubling and reused across
 *   calls; closing tags are matched against it by comparing code units in place. The only object
 *   allocated on success is the result.
 * - Helpers return the next offset, or -1 after writing the problem into module-level slots, so
 *   no closure or error object is built until something is wrong.
 * - Work that only matters on failure (line and column, the list of unclosed elements, quoting
 *   names in messages, each bounded in length) is done once, after the walk stops.
 * - It is iterative: a 100 000-deep body costs a loop and a stack of integers, never the call
 *   stack. Depth keeps being measured past the limit so `LimitExceeded` wins over any later
 *   syntax problem (a deep body cut short is a depth error, not a list of unclosed tags).
 */

/** Why a text is refused: `syntax` (not well-formed), `doctype` (any `<!` declaration), `encoding`. */
export type XmlProblem = 'syntax' | 'doctype' | 'encoding'

/** What the scan concludes about a text. */
export type XmlScan =
  | {
      readonly kind: 'ok'
      /** Offsets of the root element's name: `text.slice(rootStart, rootEnd)`. */
      readonly rootStart: number
      readonly rootEnd: number
      /** Offset of the root element's `<`. */
      readonly rootAt: number
    }
  | {
      readonly kind: 'depth'
      /** Deepest nesting reached before the scan stopped (a lower bound if it stopped early). */
      readonly depth: number
    }
  | {
      readonly kind: XmlProblem
      /** Offset of the first problem; the text's length when the text ends too soon. */
      readonly offset: number
      /** One sentence, at most a few hundred characters whatever the text. */
      readonly message: string
    }

// Character codes.
const TAB = 0x09
const LF = 0x0a
const CR = 0x0d
const SPACE = 0x20
const BANG = 0x21
const QUOT = 0x22
const HASH = 0x23
const AMP = 0x26
const APOS = 0x27
const DASH = 0x2d
const SLASH = 0x2f
const SEMI = 0x3b
const LT = 0x3c
const EQ = 0x3d
const GT = 0x3e
const QUESTION = 0x3f
const RBRACKET = 0x5d
const LOWER_X = 0x78

const isSpace = (c: number): boolean => c === SPACE || c === LF || c === TAB || c === CR

/** ASCII name characters: bit 1 may start a name, bit 2 may continue one. */
const ASCII_NAME = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const start = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x3a
  const more = start || (c >= 0x30 && c <= 0x39) || c === DASH || c === 0x2e
  ASCII_NAME[c] = (start ? 1 : 0) | (more ? 2 : 0)
}

/** How text treats an ASCII character: plain (including blanks), or one to look at closely. */
const PLAIN = 0
const SPECIAL = 1
const TEXT_KIND = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  const blank = c === SPACE || c === LF || c === CR || c === TAB
  TEXT_KIND[c] = (c < SPACE && !blank) || c === LT || c === AMP || c === RBRACKET ? SPECIAL : PLAIN
}

/** XML 1.0 `NameStartChar` for a BMP code unit ≥ 0x80 (surrogates excluded). */
const isWideNameStart = (c: number): boolean =>
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
const isWideNameChar = (c: number): boolean =>
  isWideNameStart(c) || c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040

/** XML 1.0 `Char`: what a character reference may name. */
export const isXmlChar = (cp: number): boolean =>
  cp === TAB ||
  cp === LF ||
  cp === CR ||
  (cp >= SPACE && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff)

// ---------------------------------------------------------------------------------------------
// Failure slots: a helper that finds a problem writes it here and returns -1.

let problemAt = 0
let problemWhy = ''
let problemKind: XmlProblem = 'syntax'

const fail = (at: number, why: string, kind: XmlProblem = 'syntax'): number => {
  problemAt = at
  problemWhy = why
  problemKind = kind
  return -1
}

/** Longest name or value quoted in a message, in UTF-16 units. */
const QUOTE_MAX = 40

/**
 * `text[from, to)` for a message: shortened to 40 code units, never splitting a surrogate pair.
 *
 * @example
 * excerpt('<Response>', 1, 9) // 'Response'
 */
export const excerpt = (text: string, from: number, to: number): string => {
  if (to - from <= QUOTE_MAX) return text.slice(from, to)
  let cut = from + QUOTE_MAX
  const last = text.charCodeAt(cut - 1)
  if (last >= 0xd800 && last <= 0xdbff) cut -= 1
  return `${text.slice(from, cut)}…`
}

const hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`

/** Checks the code unit at `i` that is a control character or ≥ U+D800; returns the next offset. */
const wideChar = (text: string, i: number, c: number): number => {
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

/** End of the XML name at `i`, or `i` when no name starts there. */
const nameEnd = (text: string, i: number): number => {
  const c = text.charCodeAt(i)
  if (c < 128) {
    if (((ASCII_NAME[c] ?? 0) & 1) === 0) return i
    return nameRest(text, i + 1)
  }
  if (c >= 0xd800 && c <= 0xdbff) return wideNamePair(text, i, c) ? nameRest(text, i + 2) : i
  return isWideNameStart(c) ? nameRest(text, i + 1) : i
}

/** A surrogate pair at `i` is U+10000–U+EFFFF, which names allow (high surrogates D800–DB7F). */
const wideNamePair = (text: string, i: number, c: number): boolean => {
  const d = text.charCodeAt(i + 1)
  return c <= 0xdb7f && d >= 0xdc00 && d <= 0xdfff
}

/** End of the name characters from `i`. */
const nameRest = (text: string, i: number): number => {
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

const skipSpace = (text: string, i: number): number => {
  let j = i
  while (isSpace(text.charCodeAt(j))) j++
  return j
}

const PREDEFINED = ['lt', 'gt', 'amp', 'quot', 'apos'] as const

/** Checks the reference at `i` (`&…;`); returns the offset after its `;`. */
const reference = (text: string, i: number): number => {
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
const comment = (text: string, i: number): number => {
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
const instruction = (text: string, i: number): number => {
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
const cdata = (text: string, i: number): number => {
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

/** Names of the attributes of the start tag being read (start, end pairs), for the duplicate check. */
let attributes: Int32Array = new Int32Array(16)

/** Set by `startTagEnd`: whether the tag was `<a/>`. */
let tagEmpty = false

/** Checks the rest of a start tag from `j`, just after its name; returns the offset after its `>`. */
const startTagEnd = (text: string, j0: number): number => {
  let j = j0
  let count = 0
  for (;;) {
    const c = text.charCodeAt(j)
    if (c === GT) {
      tagEmpty = false
      return j + 1
    }
    if (c === SLASH) {
      if (text.charCodeAt(j + 1) !== GT) return fail(j + 1 >= text.length ? j + 1 : j, "'/' must be followed by '>'")
      tagEmpty = true
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
    for (let k = 0; k < count; k++) {
      const at = attributes[2 * k] ?? 0
      if (sameName(text, at, attributes[2 * k + 1] ?? 0, nameAt, j)) {
        return fail(nameAt, `the attribute ${excerpt(text, nameAt, j)} appears twice in one tag`)
      }
    }
    if (2 * count + 2 > attributes.length) {
      const grown = new Int32Array(attributes.length * 2)
      grown.set(attributes)
      attributes = grown
    }
    attributes[2 * count] = nameAt
    attributes[2 * count + 1] = j
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
const declaration = (text: string): number => {
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

// ---------------------------------------------------------------------------------------------
// The open-element stack: 4 integers per level.

const NAME_START = 0
const NAME_END = 1
/** Offset of the element's first non-blank text, or -1. */
const TEXT_AT = 2
/** 1 once the element has a child element. */
const HAS_CHILD = 3
const STRIDE = 4

let stack: Int32Array = new Int32Array(64 * STRIDE)

const grow = (): Int32Array => {
  const grown = new Int32Array(stack.length * 2)
  grown.set(stack)
  stack = grown
  return grown
}

/** Keeps a hostile body's deep stack from being retained after its call. */
const STACK_KEEP = 1024 * STRIDE

const unclosedList = (text: string, depth: number): string => {
  const name = (level: number): string => {
    const at = stack[level * STRIDE + NAME_START] ?? 0
    return `<${excerpt(text, at, stack[level * STRIDE + NAME_END] ?? at)}>`
  }
  if (depth <= 4) return Array.from({ length: depth }, (_, k) => name(k)).join(', ')
  return `${name(0)}, ${name(1)}, … ${depth - 3} more …, ${name(depth - 1)}`
}

const mixed = (text: string, depth: number, at: number): number => {
  const top = (depth - 1) * STRIDE
  const nameAt = stack[top + NAME_START] ?? 0
  return fail(
    at,
    `<${excerpt(text, nameAt, stack[top + NAME_END] ?? nameAt)}> has text beside child elements (mixed content), which no Tencent CI callback has`,
  )
}

const sameName = (text: string, openAt: number, openEnd: number, closeAt: number, closeEnd: number): boolean => {
  if (openEnd - openAt !== closeEnd - closeAt) return false
  for (let k = 0; k < openEnd - openAt; k++) {
    if (text.charCodeAt(openAt + k) !== text.charCodeAt(closeAt + k)) return false
  }
  return true
}

/**
 * Checks that `text` is one well-formed XML 1.0 document without a DTD, nesting at most
 * `maxDepth` elements, in one pass. Any `<!` declaration (`<!DOCTYPE`) is a `doctype` problem; an
 * XML declaration naming an encoding other than UTF-8 is an `encoding` problem; depth past
 * `maxDepth` is reported in preference to anything found after it. Mixed content (non-blank text
 * beside child elements, which fast-xml-parser would merge into a `#text` key) is a `syntax`
 * problem: no Tencent callback has it, and refusing it keeps every element either text or fields.
 * Never throws.
 */
export const scanXml = (text: string, maxDepth: number): XmlScan => {
  const n = text.length
  let st = stack
  let i = 0
  let depth = 0
  let deepest = 0
  let rootAt = -1
  let rootStart = 0
  let rootEnd = 0
  let rootClosed = false
  let ok = true

  if (text.startsWith('<?xml', 0) && isSpace(text.charCodeAt(5))) {
    i = declaration(text)
    ok = i >= 0
  }

  while (ok && i < n) {
    let c = text.charCodeAt(i)
    if (c !== LT) {
      // A run of character data, up to the next '<'. Leading blanks (indentation) first, then
      // text, where one table look-up per ASCII character sorts plain text from the rest.
      // Never read past the end: V8 deoptimises the whole function on an out-of-bounds read.
      while (c === SPACE || c === LF || c === CR || c === TAB) c = ++i < n ? text.charCodeAt(i) : -1
      let firstText = -1
      if (c !== LT && i < n) {
        firstText = i
        for (;;) {
          if (c < 128) {
            const kind = TEXT_KIND[c] ?? SPECIAL
            if (kind !== PLAIN) {
              if (c === LT) break
              if (c === AMP) i = reference(text, i)
              else if (c === RBRACKET) {
                i =
                  text.charCodeAt(i + 1) === RBRACKET && text.charCodeAt(i + 2) === GT
                    ? fail(i, "']]>' is not allowed in text; write ]]&gt;")
                    : i + 1
              } else i = fail(i, `the character ${hex(c)} is not allowed in XML`)
              if (i < 0) break
            } else i++
          } else if (c < 0xd800) i++
          else {
            i = wideChar(text, i, c)
            if (i < 0) break
          }
          if (i >= n) break
          c = text.charCodeAt(i)
        }
      }
      if (i < 0) {
        ok = false
        break
      }
      if (firstText >= 0) {
        if (depth === 0) {
          ok = fail(firstText, rootAt < 0 ? 'text before the root element' : 'text after the root element') >= 0
          break
        }
        const top = (depth - 1) * STRIDE
        if ((st[top + HAS_CHILD] ?? 0) !== 0) {
          ok = mixed(text, depth, firstText) >= 0
          break
        }
        if ((st[top + TEXT_AT] ?? -1) < 0) st[top + TEXT_AT] = firstText
      }
      continue
    }

    const c1 = text.charCodeAt(i + 1)
    if (c1 === SLASH) {
      // A closing tag: compare its name with the open element's in place.
      if (depth === 0) {
        const at = i + 2
        ok = fail(i, `the closing tag </${excerpt(text, at, nameEnd(text, at))}> has no start tag`) >= 0
        break
      }
      const top = (depth - 1) * STRIDE
      const openAt = st[top + NAME_START] ?? 0
      const length = (st[top + NAME_END] ?? 0) - openAt
      let j = i + 2
      let k = 0
      while (k < length && text.charCodeAt(j) === text.charCodeAt(openAt + k)) {
        j++
        k++
      }
      if (k < length || nameRest(text, j) !== j) {
        if (j >= n || nameEnd(text, i + 2) >= n) {
          ok = fail(n, 'inside a closing tag') >= 0
          break
        }
        const at = i + 2
        const end = nameEnd(text, at)
        ok =
          fail(
            i,
            `the closing tag </${excerpt(text, at, end)}> does not match the open <${excerpt(text, openAt, openAt + length)}>`,
          ) >= 0
        break
      }
      c = text.charCodeAt(j)
      if (c !== GT) {
        j = skipSpace(text, j)
        if (text.charCodeAt(j) !== GT) {
          ok = fail(j >= n ? n : i, `the closing tag </${excerpt(text, i + 2, i + 2 + length)}> must end with '>'`) >= 0
          break
        }
      }
      depth--
      if (depth === 0) rootClosed = true
      i = j + 1
    } else if (c1 === BANG) {
      if (text.startsWith('<!--', i)) i = comment(text, i)
      else if (text.startsWith('<![CDATA[', i)) {
        if (depth === 0) i = fail(i, 'a CDATA section is allowed only inside the root element')
        else {
          const top = (depth - 1) * STRIDE
          const end = cdata(text, i)
          let blank = true
          for (let k = i + 9; end > 0 && k < end - 3 && blank; k++) blank = isSpace(text.charCodeAt(k))
          if (end > 0 && !blank) {
            if ((st[top + HAS_CHILD] ?? 0) !== 0) i = mixed(text, depth, i)
            else {
              if ((st[top + TEXT_AT] ?? -1) < 0) st[top + TEXT_AT] = i
              i = end
            }
          } else i = end
        }
      } else if (i + 2 >= n) i = fail(n, 'inside a declaration')
      else {
        i = fail(
          i,
          'XML DOCTYPE (and other <!…> declarations) are refused: Tencent CI never sends one, and its entities could expand or reach outside',
          'doctype',
        )
      }
      ok = i >= 0
    } else if (c1 === QUESTION) {
      i = instruction(text, i)
      ok = i >= 0
    } else {
      // A start tag.
      const at = i
      const nameAt = i + 1
      const end = nameEnd(text, nameAt)
      if (end === nameAt) {
        ok = fail(nameAt >= n ? n : i, "'<' must start a tag; write &lt; for a literal '<'") >= 0
        break
      }
      c = text.charCodeAt(end)
      let empty = false
      if (c === GT) i = end + 1
      else {
        i = startTagEnd(text, end)
        if (i < 0) {
          ok = false
          break
        }
        empty = tagEmpty
      }
      if (depth === 0) {
        if (rootClosed) {
          ok = fail(at, 'more than one root element') >= 0
          break
        }
        rootAt = at
        rootStart = nameAt
        rootEnd = end
      } else {
        const top = (depth - 1) * STRIDE
        const textAt = st[top + TEXT_AT] ?? -1
        if (textAt >= 0) {
          ok = mixed(text, depth, textAt) >= 0
          break
        }
        st[top + HAS_CHILD] = 1
      }
      if (depth >= deepest) deepest = depth + 1
      if (empty) {
        if (depth === 0) rootClosed = true
      } else {
        const top = depth * STRIDE
        if (top + STRIDE > st.length) st = grow()
        st[top + NAME_START] = nameAt
        st[top + NAME_END] = end
        st[top + TEXT_AT] = -1
        st[top + HAS_CHILD] = 0
        depth++
      }
    }
  }

  const result = conclude(text, ok, depth, deepest, maxDepth, rootAt, rootStart, rootEnd)
  if (stack.length > STACK_KEEP) stack = new Int32Array(STACK_KEEP)
  return result
}

const conclude = (
  text: string,
  ok: boolean,
  depth: number,
  deepest: number,
  maxDepth: number,
  rootAt: number,
  rootStart: number,
  rootEnd: number,
): XmlScan => {
  if (deepest > maxDepth) return { kind: 'depth', depth: deepest }
  const n = text.length
  if (!ok) {
    if (problemAt < n) {
      const message = problemKind === 'syntax' ? `XML is not well-formed: ${problemWhy}` : problemWhy
      return { kind: problemKind, offset: problemAt, message }
    }
    // The text ends too soon: say where (its end) and what was left open.
    const inside = problemWhy.startsWith('inside') ? `${problemWhy}, ` : ''
    if (inside === '' && depth === 0) {
      return { kind: problemKind, offset: n, message: `XML is not well-formed: ${problemWhy}` }
    }
    return { kind: 'syntax', offset: n, message: endedMessage(text, depth, inside) }
  }
  if (depth > 0) return { kind: 'syntax', offset: n, message: endedMessage(text, depth, '') }
  if (rootAt < 0) {
    return {
      kind: 'syntax',
      offset: n,
      message: n === 0 ? 'XML body is empty: expected a <Response> element' : 'XML has no root element',
    }
  }
  return { kind: 'ok', rootAt, rootStart, rootEnd }
}

const endedMessage = (text: string, depth: number, inside: string): string =>
  depth === 0
    ? `XML ends ${inside === '' ? 'before its root element' : inside.slice(0, -2)}: is the body truncated?`
    : `XML ends ${inside}before ${unclosedList(text, depth)} ${depth === 1 ? 'is' : 'are'} closed: is the body truncated?`
