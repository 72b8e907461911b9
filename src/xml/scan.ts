import { forEachTag } from './tags'

/** What one linear pass over an XML text finds before it is parsed. */
export interface XmlScan {
  /** Offset of the first `<!DOCTYPE` (or any other `<!` declaration), if there is one. */
  readonly declarationAt: number | undefined
  /** Deepest element nesting (meaningful once the text is known to be well-formed). */
  readonly depth: number
  /** Offset of an element that starts after the root element has closed, if any. */
  readonly secondRootAt: number | undefined
}

/**
 * Finds declarations and a second root, and measures element depth, in one iterative pass.
 * `<!DOCTYPE` inside a comment or CDATA section is text, not a declaration.
 */
export const scanXml = (text: string): XmlScan => {
  let depth = 0
  let max = 0
  let roots = 0
  let declarationAt: number | undefined
  let secondRootAt: number | undefined
  forEachTag(text, (tag) => {
    if (tag.kind === 'declaration') {
      declarationAt = tag.start
      return true
    }
    if (tag.kind === 'close') {
      depth -= 1
      return false
    }
    if (depth === 0) {
      roots += 1
      if (roots === 2) secondRootAt = tag.start
    }
    if (tag.kind === 'open') {
      depth += 1
      if (depth > max) max = depth
    } else if (depth + 1 > max) max = depth + 1
    return false
  })
  return { declarationAt, depth: max, secondRootAt }
}
