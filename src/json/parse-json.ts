import * as E from 'fp-ts/lib/Either.js'
import { limitExceeded, malformedBody, type CallbackError } from '../errors'
import { positionAt } from '../text-position'
import { jsonDepth } from './depth'
import { jsonSyntaxErrorAt } from './syntax-error'

/**
 * The engine's message without what the error already carries: the position (given as line and
 * column instead) and the echo of the body that newer V8 appends.
 */
const cleanMessage = (message: string): string =>
  (message.split(/, "|\n/)[0] ?? message)
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .trim()

/**
 * JSON text → plain tree, or a `MalformedBody` with the line and column of the first error, or
 * `LimitExceeded` for nesting past `maxDepth`. Never throws. (`JSON.parse` makes a `__proto__` key
 * an own property, never a prototype; the normaliser then drops it.)
 */
export const parseJson = (text: string, maxDepth: number): E.Either<CallbackError, unknown> => {
  const depth = jsonDepth(text)
  if (depth > maxDepth) return E.left(limitExceeded('depth', maxDepth, depth))
  try {
    const tree: unknown = JSON.parse(text)
    return E.right(tree)
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    const at = jsonSyntaxErrorAt(text)
    return E.left(
      malformedBody(
        'json',
        'syntax',
        `Body is not valid JSON: ${cleanMessage(message)}`,
        at === -1 ? undefined : positionAt(text, at),
      ),
    )
  }
}
