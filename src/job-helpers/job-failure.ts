import type { JobsDetail } from '../codecs/job/jobs-detail'

/**
 * Why a job failed: Tencent's error code and message, as sent.
 *
 * @example
 * import type { JobFailure } from 'tencent-ci-callback'
 * const failure: JobFailure = { code: 'InvalidInput', message: 'The input file is not a video' }
 */
export interface JobFailure {
  /** Tencent's error code, e.g. `InvalidInput`; `''` when the callback sent none. */
  readonly code: string
  /** Tencent's error text; `''` when the callback sent none. */
  readonly message: string
}

/** The fields `jobFailure` reads: any job has them. */
type JobStatus = Pick<JobsDetail, 'State' | 'Code' | 'Message'>

/**
 * Whether a job failed, with its error code and message, in one call: the failure when `State` is
 * `Failed`, `undefined` otherwise (a `Success` job, or a payload without `State`, such as Tencent's
 * WordsGeneralize sample). A failed sub-step that does not fail the job, such as
 * `Operation.DigitalWatermark.State` `Failed`, is not a job failure.
 *
 * @example
 * import { jobFailure, parseCallback } from 'tencent-ci-callback'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { failedTranscodeCallback } from 'tencent-ci-callback/testing'
 * const result = parseCallback(failedTranscodeCallback().body('xml'), 'application/xml')
 * if (E.isRight(result) && result.right.EventName === 'TaskFinish') {
 *   for (const job of result.right.JobsDetail) {
 *     const failure = jobFailure(job)
 *     if (failure !== undefined) console.error(`${job.JobId} failed: ${failure.code} ${failure.message}`)
 *   }
 * }
 */
export const jobFailure = (job: JobStatus): JobFailure | undefined =>
  job.State === 'Failed' ? { code: job.Code ?? '', message: job.Message ?? '' } : undefined
