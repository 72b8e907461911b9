import { invalidArgument, limitExceeded, malformedBody, type CallbackError } from '../errors'

/**
 * An empty body, whatever the `Content-Type` says: the request helpers check this before parsing,
 * so the message says "empty" instead of a parser's "Start tag expected" or "Unexpected end".
 */
export const emptyBody = (): CallbackError =>
  malformedBody('unknown', 'unrecognised', 'Body is empty: expected a Tencent CI callback in XML or JSON')

/** A body refused before or while reading: `exact` is false when `actual` is only what was read so far. */
export const bodyTooLarge = (maxBytes: number, actual: number, exact: boolean): CallbackError =>
  limitExceeded('bytes', maxBytes, actual, exact)

/** The request body could not be read at all (already consumed, the client went away, …). */
export const unreadableBody = (received: string, message: string): CallbackError =>
  invalidArgument('body', received, message)

/** A short, bounded description of a thrown value, for an error message. */
export const describeThrown = (e: unknown): string =>
  (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 200)
