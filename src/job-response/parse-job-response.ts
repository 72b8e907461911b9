import * as E from 'fp-ts/lib/Either.js'
import type { CallbackBody } from '../body'
import { invalidArgument, type CallbackError } from '../errors'
import { thrownMessage } from '../options'
import { runPipeline } from '../pipeline'
import { jobResponseCodec, type JobResponse } from './job-response'
import { resolveKind, type JobResponseOptions } from './options'

const read = (body: unknown, contentType: unknown, options: unknown): E.Either<CallbackError, JobResponse> => {
  const kind = resolveKind(options)
  const result = E.isLeft(kind)
    ? kind
    : runPipeline(body, contentType, options, (resolved) => jobResponseCodec(resolved.unknown, kind.right))
  return E.isLeft(result) ? E.left(asJobAnswerError(result.left)) : result
}

/** The same error, marked as a job answer's, so `formatCallbackError` names what was read. */
const asJobAnswerError = (error: CallbackError): CallbackError => ({ ...error, subject: 'job answer' })

/**
 * Decodes the answer of a CI job API — the body `cos.request` returns with `RawBody: true` — into a
 * validated, typed `JobResponse`, or says precisely what is wrong. Every promise of `parseCallback`
 * holds: XML or JSON, the same limits and options, located errors, and it never throws.
 *
 * Which answer it is comes from the body (`JobsDetail` → `Kind: 'Jobs'`, `WorkflowExecution` →
 * `Kind: 'WorkflowExecutions'`), except for moderation queries, whose body does not say: pass
 * `{ kind: 'ReviewImage' }` (or another moderation kind) for them. A callback body (one with
 * `EventName`) is refused: read callbacks with `parseCallback`.
 *
 * @example
 * import { parseJobResponse, formatCallbackError } from 'tencent-ci-callback'
 * import * as E from 'fp-ts/lib/Either.js'
 *
 * // What GET /jobs/<JobId> answers (`RawBody: true`) for an ID it does not know:
 * const answer = parseJobResponse('<Response><NonExistJobIds>j1</NonExistJobIds></Response>', 'application/xml')
 * if (E.isLeft(answer)) console.error(formatCallbackError(answer.left))
 * else if (answer.right.Kind === 'Jobs') {
 *   for (const job of answer.right.JobsDetail) console.log(job.Tag, job.JobId, job.State)
 * }
 */
export const parseJobResponse = (
  body: CallbackBody,
  contentType?: string | null,
  options?: JobResponseOptions,
): E.Either<CallbackError, JobResponse> => {
  try {
    return read(body, contentType, options)
  } catch (e) {
    // Every argument is read through guarded paths above; this is the last line of "total".
    return E.left(
      invalidArgument('body', 'a value that could not be read', `The arguments could not be read: ${thrownMessage(e)}`),
    )
  }
}
