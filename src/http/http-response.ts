import type * as E from 'fp-ts/lib/Either.js'
import type { CallbackError } from '../errors'
import { formatCallbackError } from '../format-error'

/**
 * What to send back to Tencent: a status, headers and a plain-text body, ready for any framework.
 *
 * @example
 * import type { HttpResponse } from 'tencent-ci-callback'
 * const ok: HttpResponse = { status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'OK' }
 */
export interface HttpResponse {
  /** The HTTP status code: 200, 4xx for the sender's mistakes, 413, or 500 for the receiver's own. */
  readonly status: number
  /** Lower-case header names: `content-type` always, `connection: close` after a size limit. */
  readonly headers: Readonly<Record<string, string>>
  /** Plain text: `OK`, or the formatted error for a 4xx. */
  readonly body: string
}

const TEXT = { 'content-type': 'text/plain; charset=utf-8' } as const

const reply = (status: number, body: string, close = false): HttpResponse => ({
  status,
  headers: close ? { ...TEXT, connection: 'close' } : TEXT,
  body,
})

const MISCONFIGURED =
  'The callback receiver is misconfigured (see its logs): the request body did not reach the decoder as raw bytes'

const NOT_A_RESULT =
  'The callback receiver is misconfigured (see its code): toHttpResponse was given something other than a parseCallback or parseRequest result'

const ERROR_TAGS: ReadonlySet<unknown> = new Set<CallbackError['_tag']>([
  'UnsupportedContentType',
  'MalformedBody',
  'InvalidPayload',
  'LimitExceeded',
  'InvalidArgument',
])

const isCallbackError = (u: unknown): u is CallbackError =>
  typeof u === 'object' && u !== null && ERROR_TAGS.has(Reflect.get(u, '_tag'))

/** The status for each error: what went wrong, and whose fault it is. */
const errorResponse = (error: CallbackError): HttpResponse => {
  switch (error._tag) {
    case 'UnsupportedContentType':
      return reply(415, formatCallbackError(error))
    case 'MalformedBody':
      return reply(400, formatCallbackError(error))
    case 'InvalidPayload':
      return reply(422, formatCallbackError(error))
    case 'LimitExceeded':
      // The body may not have been read to its end: close the connection rather than reuse it.
      return reply(413, formatCallbackError(error), error.unit === 'bytes')
    case 'InvalidArgument':
      // The receiver's own mistake (a body parser ran first, bad options): never blame the sender.
      return reply(500, MISCONFIGURED)
  }
}

/**
 * The one answer to "what do I send back?": the status and body for a `parseCallback` or
 * `parseRequest` result, so every receiver answers alike.
 *
 * | Result | Status | Body |
 * | --- | --- | --- |
 * | `Right` (a callback: handle it, or skip an event you don't use) | 200 | `OK` |
 * | `UnsupportedContentType` | 415 | the formatted error |
 * | `MalformedBody` (not XML/JSON, empty, not UTF-8, DOCTYPE) | 400 | the formatted error |
 * | `InvalidPayload` (parsed, but not a callback) | 422 | the formatted error |
 * | `LimitExceeded` | 413 (with `connection: close` for a size limit) | the formatted error |
 * | `InvalidArgument` (your receiver is misconfigured) | 500 | a generic text: log the error yourself |
 *
 * Answer quickly: acknowledge first, then do slow work (or hand it to a queue). If your own
 * handling fails, answer a 5xx of your own, not this function's answer. Tencent documents no
 * retry policy, timeout or expected status, so make handling idempotent by `JobId` (and the
 * workflow `RunId`) instead of relying on one delivery.
 *
 * @example
 * import { parseCallback, toHttpResponse } from 'tencent-ci-callback'
 * const result = parseCallback('<Response><EventName>TaskFinish</EventName>', 'application/xml')
 * toHttpResponse(result).status // 400
 */
export const toHttpResponse = (result: E.Either<CallbackError, unknown>): HttpResponse => {
  // Plain JavaScript can pass anything (the callback itself, `undefined`): the receiver's mistake,
  // answered like any other, never a throw.
  const tag: unknown = typeof result === 'object' && result !== null ? result._tag : undefined
  if (tag === 'Right') return reply(200, 'OK')
  const left: unknown = tag === 'Left' ? Reflect.get(result, 'left') : undefined
  return isCallbackError(left) ? errorResponse(left) : reply(500, NOT_A_RESULT)
}
