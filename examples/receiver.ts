// What every recipe shares: what to do with a decoded callback, what to log, what to answer.
// Only this file knows about your business; the recipes are framework glue around it.
import * as E from 'fp-ts/lib/Either.js'
import {
  formatCallbackError,
  formatDropped,
  parseRequest,
  secretMatches,
  isWorkflowJob,
  toHttpResponse,
  type CallbackError,
  type CiCallback,
  type HttpResponse,
  type JobsDetail,
  type ModerationDetailCallback,
  type ModerationSimpleCallback,
} from 'tencent-ci-callback'

/** Where the recipes log: `console` in production, a recorder in the tests. */
export interface Log {
  info(line: string): void
  warn(line: string): void
  error(line: string): void
}

/**
 * Your business for one job, called once per `JobId` (a redelivery after it returned is skipped).
 * Keep it quick (record the job, enqueue the slow work): Tencent documents no timeout. Throw to
 * answer 500; the job is then not marked done, so a redelivery handles it again.
 */
export type OnJob = (job: JobsDetail) => void

/** Options every recipe takes. */
export interface ReceiverOptions {
  /** The secret part of the callback URL you gave Tencent (`/ci-callback/<secret>`). */
  readonly secret: string
  /** Largest body accepted; Tencent's callbacks are a few KiB, media information can add more. */
  readonly maxBytes?: number
  readonly log?: Log
  readonly onJob?: OnJob
}

/** The environment variable the recipes read the secret from. */
export const SECRET_VARIABLE = 'CI_CALLBACK_SECRET'

/** What a recipe says when it is started without a secret. */
export const MISSING_SECRET =
  `${SECRET_VARIABLE} is not set. Set it to a long random string (for example \`openssl rand -hex 32\`) ` +
  'and give Tencent https://<your host>/ci-callback/<that string> as the callback URL.'

/**
 * The secret from the environment, or an Error saying what to set: a receiver without one would
 * answer 404 to every callback, silently.
 */
export const secretFromEnv = (env: Readonly<Record<string, string | undefined>> = process.env): string => {
  const secret = env[SECRET_VARIABLE]
  if (secret === undefined || secret.trim() === '') throw new Error(MISSING_SECRET)
  return secret
}

/**
 * Runs a recipe's `start(secret)`, or prints what to set and exits with status 1 when
 * `CI_CALLBACK_SECRET` is missing (no stack trace: it is a setup step, not a bug).
 */
export const startWithSecret = (start: (secret: string) => void): void => {
  let secret: string
  try {
    secret = secretFromEnv()
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e))
    process.exit(1)
  }
  start(secret)
}

/** The line a recipe logs once its server listens (`server.address()` gives the port actually bound). */
export const listeningLine = (server: { address(): { port: number } | string | null }): string => {
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : String(address)
  return `listening on http://localhost:${port}: POST callbacks to /ci-callback/<${SECRET_VARIABLE}>`
}

/** The answer for a request to a path without the right secret: as if nothing were there. */
export const NOT_FOUND: HttpResponse = {
  status: 404,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: 'Not Found',
}

/** The answer when your own handling failed: yours, never blamed on the sender. */
export const HANDLING_FAILED: HttpResponse = {
  status: 500,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body: 'Handling failed',
}

/** The Tag as sent: an unknown job carries its name in `UnknownTag`, not the literal `Unknown`. */
const tagOf = (job: JobsDetail): string => (job.Tag === 'Unknown' ? (job.UnknownTag ?? '(no Tag)') : job.Tag)

/** One line for a job: its outputs when it succeeded, its Code and Message otherwise. */
const logJob = (log: Log, job: JobsDetail): void => {
  const run = isWorkflowJob(job) ? ` (workflow run ${job.Workflow.RunId})` : ''
  const tag = job.Tag === 'Unknown' ? `${tagOf(job)} (a Tag this version does not know)` : job.Tag
  if (job.State === 'Success') {
    const file = job.Operation?.MediaResult?.OutputFile
    const outputs = (file?.ObjectName ?? []).map((name) => `${file?.ObjectPrefix ?? ''}${name}`)
    log.info(`${tag} job ${job.JobId} succeeded${run}: ${outputs.join(', ') || 'no output files'}`)
  } else {
    log.warn(`${tag} job ${job.JobId} ${job.State ?? 'ended'}${run}: ${job.Code ?? '?'} ${job.Message ?? ''}`)
  }
}

/** `0` pass, `1` block, `2` review: Tencent's verdict codes. */
const VERDICTS: Readonly<Record<number, string>> = { 0: 'passed', 1: 'blocked', 2: 'suspicious (review it)' }

/** One line for a moderation verdict, at `warn` when the content is blocked or suspicious. */
const logModeration = (log: Log, cb: ModerationDetailCallback | ModerationSimpleCallback): void => {
  const { verdict, id, what, label } =
    cb.ContentVersion === 'Detail'
      ? {
          verdict:
            cb.EventName === 'ReviewDocument' || cb.EventName === 'ReviewHtml'
              ? cb.JobsDetail.Suggestion
              : cb.JobsDetail.Result,
          id: cb.JobsDetail.JobId,
          what: cb.JobsDetail.Object ?? cb.JobsDetail.Url ?? '',
          label: cb.JobsDetail.Label ?? '',
        }
      : { verdict: cb.data.result, id: cb.data.trace_id ?? '', what: cb.data.url ?? '', label: '' }
  const word = verdict === undefined ? 'without a verdict' : (VERDICTS[verdict] ?? `verdict ${verdict}`)
  const line = `${cb.EventName} ${id} ${word}${label === '' || label === 'Normal' ? '' : ` (${label})`}: ${what}`
  if (verdict === 0) log.info(line)
  else log.warn(line)
}

/**
 * Handles a decoded callback: one line per job, workflow run or verdict, and `onJob` once per
 * `JobId`. Tencent documents no retry policy, so a job may arrive twice (or late): a job is marked
 * done only after `onJob` returned, so a delivery whose handling threw is handled again when it
 * comes back. Key your side effects on `JobId` (a unique key in your database; a `Set` here).
 */
export const createHandler = (log: Log, onJob: OnJob = () => undefined) => {
  const done = new Set<string>()
  return (callback: CiCallback): void => {
    // Invalid optional values were left out (graded decoding): the callback is handled, and this says what.
    if (callback.Dropped !== undefined) log.warn(formatDropped(callback.Dropped))
    switch (callback.EventName) {
      case 'TaskFinish':
        for (const job of callback.JobsDetail) {
          if (done.has(job.JobId)) {
            log.info(`duplicate delivery of ${job.JobId}: already handled`)
            continue
          }
          logJob(log, job)
          onJob(job) // a throw leaves the job unmarked: its redelivery is handled
          done.add(job.JobId)
        }
        return
      case 'WorkflowStart':
      case 'WorkflowFinish': {
        const run = callback.WorkflowExecution
        const name = run.WorkflowName ?? run.WorkflowId
        const state = callback.EventName === 'WorkflowStart' ? 'started' : (run.State ?? 'finished')
        const line = `workflow ${name} run ${run.RunId} ${state}: ${run.Object ?? 'no input object'}`
        if (state === 'Failed') log.warn(line)
        else log.info(line)
        return
      }
      case 'TestRequest':
        log.info('moderation callback URL check from the console: answered 200')
        return
      case 'Unknown':
        // An event this version does not know (a family Tencent added): acknowledge it anyway.
        log.warn(`a ${callback.UnknownEventName} callback (an EventName this version does not know): acknowledged`)
        return
      default:
        logModeration(log, callback)
    }
  }
}

/**
 * Turns a decode result into the answer, logging what happened: the job, or why the callback
 * was rejected. A failure in your own handling is a 500 (yours), never blamed on the sender.
 */
export const createReceiver = (log: Log = console, onJob?: OnJob) => {
  const handle = createHandler(log, onJob)
  return (result: E.Either<CallbackError, CiCallback>): HttpResponse => {
    if (E.isLeft(result)) {
      log.warn(`rejected callback:\n${formatCallbackError(result.left)}`)
      return toHttpResponse(result)
    }
    try {
      handle(result.right)
    } catch (e) {
      log.error(`handling the callback failed: ${e instanceof Error ? e.message : String(e)}`)
      return HANDLING_FAILED
    }
    return toHttpResponse(result)
  }
}

/** Options of a Fetch API receiver: the secret is given per request (from `process.env` or a Worker's `env`). */
export interface FetchReceiverOptions {
  readonly maxBytes?: number
  readonly log?: Log
  readonly onJob?: OnJob
}

/**
 * A Fetch API receiver (Next.js route handlers, Workers, Deno, Bun): checks the secret segment
 * `given` against `secret`, decodes the request and answers. Without a secret it logs what to set
 * and answers 500 on every request, instead of a silent 404.
 */
export const createFetchReceiver = ({ maxBytes, log = console, onJob }: FetchReceiverOptions = {}) => {
  const receive = createReceiver(log, onJob)
  return async (request: Request, given: string, secret: string | undefined): Promise<Response> => {
    if (secret === undefined || secret.trim() === '') {
      log.error(MISSING_SECRET)
      return new Response(HANDLING_FAILED.body, HANDLING_FAILED)
    }
    // parseRequest streams the body with the size cap enforced while reading, and never rejects.
    const { status, headers, body } = secretMatches(given, secret)
      ? receive(await parseRequest(request, maxBytes === undefined ? {} : { maxBytes }))
      : NOT_FOUND
    return new Response(body, { status, headers })
  }
}
