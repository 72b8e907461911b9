/** What one linear pass over an XML text finds before it is parsed. */
export interface XmlScan {
  /** Offset of the first `<!DOCTYPE` (or any other `<!` declaration), if there is one. */
  readonly declarationAt: number | undefined
  /** Deepest element nesting (meaningful once the text is known to be well-formed). */
  readonly depth: number
  /** Offset of an element that starts after the root element has closed, if any. */
  readonly secondRootAt: number | undefined
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

/**
 * Finds declarations and measures element depth in one pass, iteratively, so a hostile
 * 100k-deep body costs a loop, not a stack. Comments, CDATA and processing instructions
 * are skipped, so `<!DOCTYPE` inside them is text, not a declaration.
 */
export const scanXml = (text: string): XmlScan => {
  let depth = 0
  let max = 0
  let roots = 0
  let secondRootAt: number | undefined
  let i = text.indexOf('<')
  while (i !== -1) {
    if (text.startsWith('<!--', i)) i = skipPast(text, i + 4, '-->')
    else if (text.startsWith('<![CDATA[', i)) i = skipPast(text, i + 9, ']]>')
    else if (text.startsWith('<!', i)) return { declarationAt: i, depth: max, secondRootAt }
    else if (text.startsWith('<?', i)) i = skipPast(text, i + 2, '?>')
    else if (text.startsWith('</', i)) {
      depth -= 1
      i = skipPast(text, i + 2, '>')
    } else {
      const end = endOfTag(text, i + 1)
      if (depth === 0) {
        roots += 1
        if (roots === 2) secondRootAt = i
      }
      if (text[end - 1] !== '/') {
        depth += 1
        if (depth > max) max = depth
      }
      i = end + 1
    }
    i = text.indexOf('<', i)
  }
  return { declarationAt: undefined, depth: max, secondRootAt }
}
