import * as E from 'fp-ts/lib/Either.js'
import type { CallbackBody } from './body'
import type { CiCallback } from './codecs/envelope/callback'
import { callbackOrCmqMessage, openCmqMessage } from './delivery/cmq'
import { invalidArgument, type CallbackError } from './errors'
import { thrownMessage, type ParseOptions } from './options'
import { runPipeline } from './pipeline'

/**
 * What `parseCallback` returns: `Right` with the decoded callback, or `Left` with the first
 * `CallbackError` that stopped it. Never thrown: every failure is a `Left`.
 *
 * @example
 * import { parseCallback, type Result } from 'tencent-ci-callback'
 * import * as E from 'fp-ts/lib/Either.js'
 * const result: Result = parseCallback('<Response><EventName>TaskFinish</EventName></Response>', 'application/xml')
 * if (E.isLeft(result)) console.log(result.left._tag) // InvalidPayload: no JobsDetail
 */
export type Result = E.Either<CallbackError, CiCallback>

/**
 * Decodes a Tencent CI callback body into a validated, typed value, or says precisely what is wrong.
 *
 * The body is the raw request body (string, `Buffer`/`Uint8Array` or `ArrayBuffer`); `contentType` is
 * the raw `Content-Type` header: a type that is neither XML nor JSON is refused, but the body's first
 * character (`<` or `{`) decides the format, since Tencent labels JSON callbacks `application/xml`
 * too. Pure, synchronous and total: it never throws, whatever it is given (a detached buffer, a
 * proxy, an option getter that throws: each is an `InvalidArgument`), and never mutates its input.
 *
 * @example
 * import { parseCallback, formatCallbackError } from 'tencent-ci-callback'
 * import { smartCoverCallback } from 'tencent-ci-callback/testing'
 * import * as E from 'fp-ts/lib/Either.js'
 *
 * const result = parseCallback(smartCoverCallback().body('xml'), 'application/xml')
 * if (E.isLeft(result)) console.error(formatCallbackError(result.left))
 * else if (result.right.EventName === 'TaskFinish') {
 *   for (const job of result.right.JobsDetail) console.log(job.Tag, job.JobId, job.State)
 * } else console.log(result.right.EventName)
 */
export const parseCallback = (body: CallbackBody, contentType?: string | null, options?: ParseOptions): Result => {
  try {
    // A CMQ push envelope decodes to its msgBody's callback, with `Delivery` (src/delivery/cmq.ts).
    return openCmqMessage(runPipeline(body, contentType, options, callbackOrCmqMessage), options)
  } catch (e) {
    // Every argument is read through guarded paths above; this is the last line of "total".
    return E.left(
      invalidArgument('body', 'a value that could not be read', `The arguments could not be read: ${thrownMessage(e)}`),
    )
  }
}
