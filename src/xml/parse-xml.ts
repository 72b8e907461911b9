import * as E from 'fp-ts/lib/Either.js'
import { XMLParser, XMLValidator, type ValidationError } from 'fast-xml-parser'
import { limitExceeded, malformedBody, type CallbackError, type MalformedBody } from '../errors'
import { positionAt } from '../text-position'
import { xmlParserOptions, xmlValidatorOptions } from './parser-options'
import { scanXml } from './scan'

/** fast-xml-parser reports a body cut short as an unclosed tag list at line 1, column 1. */
const UNCLOSED_LIST = /^Invalid '\[(.*)\]' found\.$/s
const UNCLOSED_TAG = /^Unclosed tag '([^']*)'\.$/

const unclosedNames = (msg: string): ReadonlyArray<string> | undefined => {
  const tag = UNCLOSED_TAG.exec(msg)
  if (tag !== null) return [tag[1] ?? '']
  const list = UNCLOSED_LIST.exec(msg)
  if (list === null) return undefined
  return Array.from((list[1] ?? '').matchAll(/"((?:[^"\\]|\\.)*)"/g), (m) => m[1] ?? '')
}

const syntaxError = (text: string, error: ValidationError): MalformedBody => {
  const { msg, line, col } = error.err
  const unclosed = unclosedNames(msg)
  if (unclosed !== undefined) {
    // Report where the body really ends, not where the parser started.
    const names = unclosed.map((n) => `<${n}>`).join(', ')
    return malformedBody(
      'xml',
      'syntax',
      `XML ends before ${names} ${unclosed.length === 1 ? 'is' : 'are'} closed: is the body truncated?`,
      positionAt(text, text.length),
    )
  }
  return malformedBody('xml', 'syntax', `XML is not well-formed: ${msg}`, { line, column: col ?? 1 })
}

/** One parser for every call: its options are fixed, and `parse` keeps no state between calls. */
const parser = new XMLParser(xmlParserOptions)

/**
 * The document element's content: its name (`Response` in every Tencent payload) is not data,
 * and JSON has no counterpart to it. An empty root is an empty object.
 */
const rootContent = (tree: unknown): unknown => {
  if (typeof tree !== 'object' || tree === null) return tree
  const [root] = Object.values(tree)
  return root === '' ? {} : root
}

const describeThrow = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/**
 * XML text → the root element's content as a plain tree (objects, arrays, strings), or why not: refuses declarations
 * (DOCTYPE), checks well-formedness with line and column, caps depth, then parses.
 * Never throws.
 */
export const parseXml = (text: string, maxDepth: number): E.Either<CallbackError, unknown> => {
  const scan = scanXml(text)
  if (scan.declarationAt !== undefined) {
    return E.left(
      malformedBody(
        'xml',
        'doctype',
        'XML DOCTYPE declarations are refused: Tencent CI never sends one, and its entities could expand or reach outside',
        positionAt(text, scan.declarationAt),
      ),
    )
  }
  let verdict: true | ValidationError
  try {
    verdict = XMLValidator.validate(text, xmlValidatorOptions)
  } catch (e) {
    return E.left(malformedBody('xml', 'syntax', `XML could not be checked: ${describeThrow(e)}`))
  }
  if (verdict !== true) return E.left(syntaxError(text, verdict))
  if (scan.secondRootAt !== undefined) {
    return E.left(
      malformedBody(
        'xml',
        'syntax',
        'XML is not well-formed: more than one root element',
        positionAt(text, scan.secondRootAt),
      ),
    )
  }
  if (scan.depth > maxDepth) return E.left(limitExceeded('depth', maxDepth, scan.depth))
  try {
    const tree: unknown = parser.parse(text)
    return E.right(rootContent(tree))
  } catch (e) {
    return E.left(malformedBody('xml', 'syntax', `XML could not be parsed: ${describeThrow(e)}`))
  }
}
