import * as E from 'fp-ts/lib/Either.js'
import { limitExceeded, malformedBody, type CallbackError } from '../errors'
import { positionAt } from '../text-position'
import { countKeys, mayNestDeeperThan, scanJson } from './scan'
import { jsonSyntaxErrorAt } from './syntax-error'

/** A parsed JSON body, with the key count its text showed. */
export interface ParsedJson {
  readonly tree: unknown
  /** Keys in the text (an upper bound, exact in practice): more than the tree holds means look for a duplicate. */
  readonly keys: number
}

/** One character, named so a message can show it whatever it is (never half a surrogate pair). */
const describeChar = (text: string, at: number): string => {
  const cp = text.codePointAt(at) ?? 0
  return cp > 0x20 && cp !== 0x7f && cp !== 0x2028 && cp !== 0x2029
    ? JSON.stringify(String.fromCodePoint(cp))
    : `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * Says what is wrong in our own words, from the offset we found: engines word `JSON.parse`
 * errors differently, and newer V8 echoes part of the body in them.
 */
const syntaxMessage = (text: string, at: number): string => {
  if (at === -1) return 'Body is not valid JSON'
  if (at >= text.length) return 'Body is not valid JSON: it ends early (is the body truncated?)'
  return `Body is not valid JSON: unexpected ${describeChar(text, at)}`
}

/** `LimitExceeded` for a text nesting deeper than `maxDepth`, measured by one pass over it. */
const depthExceeded = (text: string, maxDepth: number): CallbackError | undefined => {
  if (!mayNestDeeperThan(text, maxDepth)) return undefined
  const { depth } = scanJson(text)
  return depth > maxDepth ? limitExceeded('depth', maxDepth, depth) : undefined
}

/**
 * JSON text → plain tree, or a `MalformedBody` with the line and column of the first error, or
 * `LimitExceeded` for nesting past `maxDepth`. Keys are counted by `countKeys` for the
 * duplicate-key check. Never throws. (`JSON.parse` makes a `__proto__` key an own property,
 * never a prototype; the normaliser then drops it.)
 *
 * Depth is checked before parsing, though `JSON.parse` itself is iterative (a 5-million-deep
 * array parses without a stack overflow on Node 20): a body of nothing but brackets would
 * otherwise cost a parse into millions of nested arrays (16× its size in heap, half a second for
 * 4 MiB) before the normaliser refused it. The check counts `{` and `[` with `indexOf` and
 * measures depth only when there are more than `maxDepth` of them, so a callback's usual few
 * dozen cost next to nothing.
 */
export const parseJson = (text: string, maxDepth: number): E.Either<CallbackError, ParsedJson> => {
  const deep = depthExceeded(text, maxDepth)
  if (deep !== undefined) return E.left(deep)
  let tree: unknown
  try {
    tree = JSON.parse(text)
  } catch {
    const at = jsonSyntaxErrorAt(text)
    return E.left(
      malformedBody('json', 'syntax', syntaxMessage(text, at), positionAt(text, at === -1 ? text.length : at)),
    )
  }
  return E.right({ tree, keys: countKeys(text) })
}
