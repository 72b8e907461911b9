// What every recipe shares: what to do with a decoded callback, what to log, what to answer.
// Only this file knows about your business; the recipes are framework glue around it.
import * as E from 'fp-ts/lib/Either.js'
import {
  formatCallbackError,
  isWorkflowJob,
  toHttpResponse,
  type CallbackError,
  type CiCallback,
  type HttpResponse,
} from 'tencent-ci-callback'

/** Where the recipes log: `console` in production, a recorder in the tests. */
export interface Log {
  info(line: string): void
  warn(line: string): void
  error(line: string): void
}

/** Options every recipe takes. */
export interface ReceiverOptions {
  /** The secret part of the callback URL you gave Tencent (`/ci-callback/<secret>`). */
  readonly secret: string
  /** Largest body accepted; Tencent's callbacks are a few KiB, media information can add more. */
  readonly maxBytes?: number
  readonly log?: Log
}

/** Compares two strings in time that depends only on their lengths, so the secret does not leak by timing. */
export const sameSecret = (given: string, expected: string): boolean => {
  let diff = given.length ^ expected.length
  for (let i = 0; i < expected.length; i++) diff |= (given.charCodeAt(i) || 0) ^ expected.charCodeAt(i)
  return diff === 0 && expected.length > 0
}

/** The answer for a request to a path without the right secret: as if nothing were there. */
export const NOT_FOUND: HttpResponse = {
  status: 404,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: 'Not Found',
}

/**
 * Handles a decoded callback once per job. Tencent documents no retry policy, so a job may arrive
 * twice (or late): key your side effects on `JobId` (a unique key in your database; a `Set` here).
 */
export const createHandler = (log: Log) => {
  const seen = new Set<string>()
  return (callback: CiCallback): void => {
    const event: string = callback.EventName
    switch (callback.EventName) {
      case 'TaskFinish':
        for (const job of callback.JobsDetail) {
          if (seen.has(job.JobId)) {
            log.info(`duplicate delivery of ${job.JobId}: already handled`)
            continue
          }
          seen.add(job.JobId)
          const run = isWorkflowJob(job) ? ` (workflow run ${job.Workflow.RunId})` : ''
          if (job.State === 'Success') {
            const file = job.Operation?.MediaResult?.OutputFile
            const outputs = (file?.ObjectName ?? []).map((name) => `${file?.ObjectPrefix ?? ''}${name}`)
            log.info(`${job.Tag} job ${job.JobId} succeeded${run}: ${outputs.join(', ') || 'no output files'}`)
          } else {
            log.warn(
              `${job.Tag} job ${job.JobId} ${job.State ?? 'ended'}${run}: ${job.Code ?? '?'} ${job.Message ?? ''}`,
            )
          }
        }
        return
      default:
        // An event you do not handle (more families may be decoded later): acknowledge it anyway.
        log.info(`skipped ${event} callback`)
    }
  }
}

/**
 * Turns a decode result into the answer, logging what happened: the job, or why the callback
 * was rejected. A failure in your own handling is a 500 (yours), never blamed on the sender.
 */
export const createReceiver = (log: Log = console) => {
  const handle = createHandler(log)
  return (result: E.Either<CallbackError, CiCallback>): HttpResponse => {
    if (E.isLeft(result)) {
      log.warn(`rejected callback:\n${formatCallbackError(result.left)}`)
      return toHttpResponse(result)
    }
    try {
      handle(result.right)
    } catch (e) {
      log.error(`handling the callback failed: ${e instanceof Error ? e.message : String(e)}`)
      return { status: 500, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'Handling failed' }
    }
    return toHttpResponse(result)
  }
}
