/** One piece of markup found by `forEachTag`. */
export interface XmlTag {
  /** `open` `<a>`, `close` `</a>`, `empty` `<a/>`, or `declaration` (`<!DOCTYPE …>` and other `<!…>`). */
  readonly kind: 'open' | 'close' | 'empty' | 'declaration'
  /** Element name (empty for declarations). */
  readonly name: string
  /** Offset of the `<`. */
  readonly start: number
  /** Offset just past the closing `>`. */
  readonly end: number
}

const skipPast = (text: string, from: number, terminator: string): number => {
  const at = text.indexOf(terminator, from)
  return at === -1 ? text.length : at + terminator.length
}

/** End of a start tag: the first `>` outside a quoted attribute value. */
const endOfTag = (text: string, from: number): number => {
  let quote = ''
  for (let i = from; i < text.length; i++) {
    const c = text[i]
    if (quote !== '') {
      if (c === quote) quote = ''
    } else if (c === '"' || c === "'") quote = c
    else if (c === '>') return i
  }
  return text.length
}

const NAME_END = /[\s/>]/

const nameAt = (text: string, from: number): string => {
  let i = from
  while (i < text.length && !NAME_END.test(text[i] ?? '>')) i++
  return text.slice(from, i)
}

/**
 * Visits the tags of an XML text in order, iteratively (a hostile 100k-deep body costs a loop,
 * not a stack). Comments, CDATA sections and processing instructions are skipped, so markup
 * inside them is text. `visit` returns `true` to stop early.
 */
export const forEachTag = (text: string, visit: (tag: XmlTag) => boolean | void): void => {
  let i = text.indexOf('<')
  while (i !== -1) {
    let tag: XmlTag | undefined
    if (text.startsWith('<!--', i)) i = skipPast(text, i + 4, '-->')
    else if (text.startsWith('<![CDATA[', i)) i = skipPast(text, i + 9, ']]>')
    else if (text.startsWith('<?', i)) i = skipPast(text, i + 2, '?>')
    else if (text.startsWith('<!', i)) {
      tag = { kind: 'declaration', name: '', start: i, end: skipPast(text, i + 2, '>') }
    } else if (text.startsWith('</', i)) {
      tag = { kind: 'close', name: nameAt(text, i + 2), start: i, end: skipPast(text, i + 2, '>') }
    } else {
      const close = endOfTag(text, i + 1)
      tag = { kind: text[close - 1] === '/' ? 'empty' : 'open', name: nameAt(text, i + 1), start: i, end: close + 1 }
    }
    if (tag !== undefined) {
      if (visit(tag) === true) return
      i = tag.end
    }
    i = text.indexOf('<', i)
  }
}
