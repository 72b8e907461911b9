/* What a scan concludes, once its walk has stopped: the result, and the message when it failed. */

import { firstMixed, unclosedList } from './open-elements'
import { problem, type XmlProblem } from './problem'

/** What the scan concludes about a text. */
export type XmlScan =
  | {
      readonly kind: 'ok'
      /** Offsets of the root element's name: `text.slice(rootStart, rootEnd)`. */
      readonly rootStart: number
      readonly rootEnd: number
      /** Offset of the root element's `<`. */
      readonly rootAt: number
      /**
       * A CDATA section or processing instruction inside the root element: an element's text
       * may then come in pieces (fast-xml-parser sees text after either as "not a leaf").
       */
      readonly pieces: boolean
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

const endedMessage = (text: string, depth: number, inside: string): string =>
  depth === 0
    ? `XML ends ${inside === '' ? 'before its root element' : inside.slice(0, -2)}: is the body truncated?`
    : `XML ends ${inside}before ${unclosedList(text, depth)} ${depth === 1 ? 'is' : 'are'} closed: is the body truncated?`

/**
 * The scan's result, from where its walk stopped: depth past `maxDepth` first, then the problem
 * `fail` recorded (`ok` false; a text that ends too soon says what was left open), then a missing
 * root (`rootAt` -1), then mixed content, else `ok`. Takes the walk's state as plain numbers so
 * that a scan allocates no object but its result.
 */
export const conclude = (
  text: string,
  ok: boolean,
  depth: number,
  deepest: number,
  maxDepth: number,
  rootAt: number,
  rootStart: number,
  rootEnd: number,
  pieces: boolean,
): XmlScan => {
  if (deepest > maxDepth) return { kind: 'depth', depth: deepest }
  const n = text.length
  if (!ok) {
    if (problem.at < n) {
      const message = problem.kind === 'syntax' ? `XML is not well-formed: ${problem.why}` : problem.why
      return { kind: problem.kind, offset: problem.at, message }
    }
    // The text ends too soon: say where (its end) and what was left open.
    const inside = problem.why.startsWith('inside') ? `${problem.why}, ` : ''
    if (inside === '' && depth === 0) {
      return { kind: problem.kind, offset: n, message: `XML is not well-formed: ${problem.why}` }
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
  if (firstMixed.at >= 0) return { kind: 'mixed', offset: firstMixed.at, message: firstMixed.why }
  return { kind: 'ok', rootAt, rootStart, rootEnd, pieces }
}
