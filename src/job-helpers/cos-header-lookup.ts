import type { CosHeader } from '../codecs/job/cos-headers'
import type { JobsDetail } from '../codecs/job/jobs-detail'
import { TAG_COS_HEADERS } from '../codecs/tags/registry'

/**
 * The headers of the object that triggered a workflow job, looked up by name without regard to
 * letter case (as HTTP header names are): `get('content-type')` finds `Content-Type`.
 *
 * @example
 * import { cosHeaders } from 'tencent-ci-callback'
 * import { workflowJob } from 'tencent-ci-callback/testing'
 * const headers = cosHeaders(workflowJob())
 * headers.get('content-type') // 'video/mp4'
 */
export interface CosHeaderLookup {
  /** The value of the header `name` (any letter case): `''` when sent empty, `undefined` when not sent. */
  readonly get: (name: string) => string | undefined
  /** Whether the header `name` (any letter case) was sent. */
  readonly has: (name: string) => boolean
  /** Number of distinct header names. */
  readonly size: number
  /** The headers as sent, in order, names in their original case. */
  readonly headers: ReadonlyArray<CosHeader>
}

const lowerCase = (name: string): string => name.toLowerCase()

/**
 * A case-insensitive lookup over a `CosHeaders` list. When a name is sent twice (in any case), the
 * first value wins; the list itself stays available as `headers`.
 *
 * @example
 * import { cosHeaderLookup } from 'tencent-ci-callback'
 * const headers = cosHeaderLookup([{ Key: 'x-cos-meta-Author', Value: 'Ada' }])
 * headers.get('X-COS-META-AUTHOR') // 'Ada'
 */
export const cosHeaderLookup = (headers: ReadonlyArray<CosHeader>): CosHeaderLookup => {
  const byName = new Map<string, string>()
  for (const header of headers) {
    const name = lowerCase(header.Key)
    if (!byName.has(name)) byName.set(name, header.Value ?? '')
  }
  return {
    get: (name) => byName.get(lowerCase(name)),
    has: (name) => byName.has(lowerCase(name)),
    size: byName.size,
    headers,
  }
}

const NONE: ReadonlyArray<CosHeader> = []

/**
 * The triggering object's headers of any job, as a case-insensitive lookup: from `Input.CosHeaders`,
 * or from where the job's Tag module says they are (`Operation.Input.CosHeaders` for Tts jobs, which
 * have no `JobsDetail.Input`). Empty when the job was not started by a workflow.
 *
 * @example
 * import { cosHeaders, parseCallback } from 'tencent-ci-callback'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { taskFinishCallback, workflowJob } from 'tencent-ci-callback/testing'
 * const result = parseCallback(taskFinishCallback([workflowJob()]).body('xml'), 'application/xml')
 * if (E.isRight(result) && result.right.EventName === 'TaskFinish') {
 *   for (const job of result.right.JobsDetail) {
 *     const headers = cosHeaders(job)
 *     console.log(headers.get('content-type'), headers.get('size')) // video/mp4 1424687
 *   }
 * }
 */
export const cosHeaders = (job: JobsDetail): CosHeaderLookup =>
  cosHeaderLookup(job.Input?.CosHeaders ?? TAG_COS_HEADERS.get(job.Tag)?.(job) ?? NONE)
