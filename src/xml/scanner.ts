/*
 * One pass over an XML text that checks well-formedness (XML 1.0, 5th edition, no DTD) and
 * nesting depth together, before fast-xml-parser builds the tree without validating.
 *
 * What makes it fast (keep it so; `node scripts/xml-scanner-cost.mjs` measures it next to the
 * bare parse, `node --cpu-prof` shows where a change costs):
 * - One forward walk with `charCodeAt` and integer comparisons: no regular expression, no
 *   `slice`, no string built on the happy path. This replaced two extra full passes
 *   (fast-xml-parser's `XMLValidator`, itself most of a parse, and a separate depth scan).
 * - Text runs, the bulk of a pretty-printed body, are walked in two tight loops: blanks first
 *   (indentation), then text with one 128-entry table look-up per ASCII character to tell plain
 *   text from `<`, `&`, `]` and control characters. Anything ≥ U+0080 costs one compare unless
 *   it is a surrogate or U+FFFE/U+FFFF.
 * - The walk never reads past the end of the text: one out-of-bounds `charCodeAt` makes V8
 *   deoptimise the whole function (seen with `--trace-deopt`).
 * - No allocation per token: open elements live on one module-level `Int32Array` (name start,
 *   name end, first text offset, has-child flag per level, see `open-elements.ts`), grown by
 *   doubling and reused across calls; closing tags are compared with the open name code unit by code unit, in place. The
 *   only object allocated on success is the result.
 * - Helpers return the next offset, or -1 after `fail` has written the problem into one shared
 *   slot, so no closure or error object is built until something is wrong.
 * - Work that only matters on failure (line and column, the list of unclosed elements, names
 *   quoted in messages, each bounded in length) is done once, after the walk stops
 *   (`scan-result.ts`).
 * - It is iterative: a 100 000-deep body costs a loop and a stack of integers, never the call
 *   stack. Depth keeps being measured past the limit so `LimitExceeded` wins over any later
 *   problem (a deep body cut short is a depth error, not a list of unclosed tags).
 * - fast-xml-parser then parses with `jPath: false` (see `parser-options.ts`), which spares it
 *   building a path string per node. Skipping its entity decoding or tag-name hook when the
 *   scanner saw no `&` or reserved name was measured too: within noise, so not done.
 */

import {
  AMP,
  BANG,
  CR,
  GT,
  isSpace,
  LF,
  LT,
  nameEnd,
  nameRest,
  PLAIN,
  QUESTION,
  RBRACKET,
  skipSpace,
  SLASH,
  SPACE,
  SPECIAL,
  TAB,
  TEXT_KIND,
} from './chars'
import { cdata, comment, declaration, instruction, reference, startTagEnd, wideChar } from './markup'
import {
  forgetMixed,
  growStack,
  HAS_CHILD,
  NAME_END,
  NAME_START,
  noteMixed,
  openStack,
  releaseStack,
  STRIDE,
  TEXT_AT,
} from './open-elements'
import { excerpt, fail, hex } from './problem'
import { conclude, type XmlScan } from './scan-result'

export type { XmlProblem } from './problem'
export type { XmlScan } from './scan-result'

/**
 * Checks that `text` is one well-formed XML 1.0 document without a DTD, nesting at most
 * `maxDepth` elements, in one pass. Any `<!` declaration (`<!DOCTYPE`) is a `doctype` problem; an
 * XML declaration naming an encoding other than UTF-8 is an `encoding` problem; depth past
 * `maxDepth` is reported in preference to anything found after it. Mixed content (non-blank text
 * beside child elements, which fast-xml-parser would merge into a `#text` key) is a `mixed`
 * problem: no Tencent callback has it, and refusing it keeps every element either text or fields.
 * Never throws.
 */
export const scanXml = (text: string, maxDepth: number): XmlScan => {
  const n = text.length
  let st = openStack()
  let i = 0
  let depth = 0
  let deepest = 0
  let rootAt = -1
  let rootStart = 0
  let rootEnd = 0
  let rootClosed = false
  let ok = true
  let pieces = false
  forgetMixed()

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
        if ((st[top + HAS_CHILD] ?? 0) !== 0) noteMixed(text, depth, firstText)
        else if ((st[top + TEXT_AT] ?? -1) < 0) st[top + TEXT_AT] = firstText
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
          pieces = true
          let blank = true
          for (let k = i + 9; end > 0 && k < end - 3 && blank; k++) blank = isSpace(text.charCodeAt(k))
          if (end > 0 && !blank) {
            if ((st[top + HAS_CHILD] ?? 0) !== 0) noteMixed(text, depth, i)
            else if ((st[top + TEXT_AT] ?? -1) < 0) st[top + TEXT_AT] = i
            i = end
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
      if (depth > 0) pieces = true
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
        empty = text.charCodeAt(i - 2) === SLASH
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
        if (textAt >= 0) noteMixed(text, depth, textAt)
        st[top + HAS_CHILD] = 1
      }
      if (depth >= deepest) deepest = depth + 1
      if (empty) {
        if (depth === 0) rootClosed = true
      } else {
        const top = depth * STRIDE
        if (top + STRIDE > st.length) st = growStack()
        st[top + NAME_START] = nameAt
        st[top + NAME_END] = end
        st[top + TEXT_AT] = -1
        st[top + HAS_CHILD] = 0
        depth++
      }
    }
  }

  const result = conclude(text, ok, depth, deepest, maxDepth, rootAt, rootStart, rootEnd, pieces)
  releaseStack()
  return result
}
