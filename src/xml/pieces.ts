import { APOS, BANG, GT, QUESTION, QUOT, SLASH } from './chars'

/** A parse of one well-formed run of sibling elements: fast-xml-parser's object for them. */
export type ParseRun = (run: string) => unknown

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

/** Offset just past the `>` ending the tag that goes on at `i` (a quoted attribute value may hold `>`), or -1. */
const tagEnd = (text: string, i: number): number => {
  for (let k = i; k < text.length; k++) {
    const c = text.charCodeAt(k)
    if (c === GT) return k + 1
    if (c === QUOT || c === APOS) {
      k = text.indexOf(c === QUOT ? '"' : "'", k + 1)
      if (k < 0) return -1
    }
  }
  return -1
}

/**
 * Adds the fields of `part`, the next run of siblings, to `into` as one parse of both runs would
 * have: fields in order of first appearance, and a name seen again becomes (or extends) a list in
 * document order. fast-xml-parser makes a list only of a repeated name (`isArray` is off), so an
 * array value always is one. `part` is a fresh parse: its lists are extended in place.
 */
const mergeRun = (into: Record<string, unknown>, part: Record<string, unknown>): void => {
  for (const key of Object.keys(part)) {
    const next = part[key]
    if (!Object.prototype.hasOwnProperty.call(into, key)) {
      into[key] = next
      continue
    }
    const before = into[key]
    const list: Array<unknown> = Array.isArray(before) ? before : [before]
    if (Array.isArray(next)) for (const item of next) list.push(item)
    else list.push(next)
    into[key] = list
  }
}

/**
 * The root element's content parsed in runs of its children of about `piece` characters each,
 * merged into the object one parse of the whole document gives for the root; `undefined` when
 * the body is better parsed whole (no cut was possible, or something other than elements,
 * comments and blanks sits between them).
 *
 * Why: fast-xml-parser first builds an ordered tree of the whole document (some six times the
 * text's size), then the object tree from it. Parsed in runs, each run's ordered tree dies young
 * and only the objects are kept, so the peak heap of a 4 MiB body drops by about a third.
 *
 * `text` must have passed `scanXml` (well-formed, no mixed content), and `rootNameEnd` is the
 * offset just past the root element's name in its start tag. Each run starts and ends between two of the root's children,
 * so it is itself well-formed and parses to exactly those children (fast-xml-parser ignores
 * text outside any element, and the blanks there are indentation). Stops at the first
 * processing instruction or CDATA section: the caller parses such documents whole.
 * So `parseInRuns('<R><A>1</A><A>2</A><B/></R>', 2, 5, (run) => parser.parse(run))` is
 * `{ A: ['1', '2'], B: '' }`, parsing `<A>1</A>`, `<A>2</A>` and `<B/>` one at a time.
 */
export const parseInRuns = (
  text: string,
  rootNameEnd: number,
  piece: number,
  parse: ParseRun,
): Record<string, unknown> | undefined => {
  const from = tagEnd(text, rootNameEnd)
  if (from < 0 || text.charCodeAt(from - 2) === SLASH) return undefined
  let content: Record<string, unknown> | undefined
  let runStart = from
  let depth = 1
  let i = from
  for (;;) {
    const lt = text.indexOf('<', i)
    if (lt < 0) return undefined
    const c1 = text.charCodeAt(lt + 1)
    let end: number
    if (c1 === SLASH) {
      if (depth === 1) {
        // The root's end tag: the last run, if any cut was made before it.
        if (content === undefined) return undefined
        const last = parse(text.slice(runStart, lt))
        if (!isRecord(last)) return undefined
        mergeRun(content, last)
        return content
      }
      end = text.indexOf('>', lt) + 1
      depth--
    } else if (c1 === BANG) {
      if (!text.startsWith('<!--', lt)) return undefined
      end = text.indexOf('-->', lt + 4) + 3
      if (end < 3) return undefined
    } else if (c1 === QUESTION) return undefined
    else {
      end = tagEnd(text, lt + 1)
      if (end < 0) return undefined
      if (text.charCodeAt(end - 2) !== SLASH) depth++
    }
    if (end <= lt) return undefined
    i = end
    if (depth === 1 && end - runStart >= piece) {
      const part = parse(text.slice(runStart, end))
      if (!isRecord(part)) return undefined
      if (content === undefined) content = part
      else mergeRun(content, part)
      runStart = end
    }
  }
}
