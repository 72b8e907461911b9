import * as E from 'fp-ts/lib/Either.js'
import { XMLParser } from 'fast-xml-parser'
import { invalidPayload, limitExceeded, malformedBody, type CallbackError } from '../errors'
import { xmlParserOptions } from './parser-options'
import { parseInRuns } from './pieces'
import { excerpt } from './problem'
import { scanXml } from './scanner'
import { isBlank } from '../normalise/blank'
import { positionAt } from '../text-position'

/** One parser for every call: its options are fixed, and `parse` keeps no state between calls. */
const parser = new XMLParser(xmlParserOptions)

/**
 * For a document with a CDATA section or processing instruction inside its root: there an
 * element's text can come in pieces, and the parser would call the blanks after the first piece
 * indentation (see `blank-text.ts`). Every text is kept as written.
 */
const exactParser = new XMLParser({ ...xmlParserOptions, tagValueProcessor: (): undefined => undefined })

/** Bodies of at least twice this many characters are parsed in runs of the root's children of about this size. */
const PIECE = 64 * 1024

const parseRun = (run: string): unknown => parser.parse(run)

/** The root element every Tencent CI callback has. */
const ROOT = 'Response'

/**
 * The document element's content: its name is not data, and JSON has no counterpart to it. An
 * empty or blank root (`<Response/>`, `<Response>\n</Response>`) is an empty object.
 */
const rootContent = (tree: unknown): unknown => {
  if (typeof tree !== 'object' || tree === null) return tree
  const [root] = Object.values(tree)
  return typeof root === 'string' && isBlank(root) ? {} : root
}

const describeThrow = (e: unknown): string => {
  const message = e instanceof Error ? e.message : String(e)
  return message.length > 200 ? `${message.slice(0, 200)}…` : message
}

/**
 * XML text → the root element's content as a plain tree (objects, arrays, strings), or why not.
 *
 * One scan (`scanXml`) checks well-formedness, refuses DOCTYPE and non-UTF-8 declarations, and
 * caps depth, all with the line and column of the first problem; then fast-xml-parser builds the
 * tree without validating again: a body of 128 Ki characters or more in runs of the root's
 * children (`parseInRuns`), which keeps the peak heap of a 4 MiB body near 6× its size where one
 * parse of the whole takes over 11× (`npm run bench -- --only memory`). A root element other than `<Response>` is an `InvalidPayload`
 * at the root: every Tencent CI callback, of every family, has that root, so any other document
 * is not a callback (and the JSON form has no name for its root to compare). Never throws.
 * `parseXml('<Response><EventName>TaskFinish</EventName></Response>', 100)` is
 * `Right({ EventName: 'TaskFinish' })`.
 */
export const parseXml = (text: string, maxDepth: number): E.Either<CallbackError, unknown> => {
  const scan = scanXml(text, maxDepth)
  switch (scan.kind) {
    case 'depth':
      return E.left(limitExceeded('depth', maxDepth, scan.depth))
    case 'syntax':
    case 'doctype':
    case 'encoding':
    case 'mixed':
      return E.left(malformedBody('xml', scan.kind, scan.message, positionAt(text, scan.offset)))
    case 'ok':
      break
  }
  if (scan.rootEnd - scan.rootStart !== ROOT.length || !text.startsWith(ROOT, scan.rootStart)) {
    const name = excerpt(text, scan.rootStart, scan.rootEnd)
    const message = `The root element is <${name}>; every Tencent CI callback is a <Response> element`
    return E.left(
      invalidPayload(
        'xml',
        [
          {
            path: '',
            expected: 'a <Response> element',
            received: `<${name}>`,
            message,
            ...positionAt(text, scan.rootAt),
          },
        ],
        [],
      ),
    )
  }
  try {
    if (scan.pieces) {
      const tree: unknown = exactParser.parse(text)
      return E.right(rootContent(tree))
    }
    if (text.length >= 2 * PIECE) {
      const content = parseInRuns(text, scan.rootEnd, PIECE, parseRun)
      if (content !== undefined) return E.right(content)
    }
    const tree: unknown = parser.parse(text)
    return E.right(rootContent(tree))
  } catch (e) {
    return E.left(malformedBody('xml', 'syntax', `XML could not be parsed: ${describeThrow(e)}`))
  }
}
