import * as t from 'io-ts'
import { describe } from '../codecs/kit/describe'
import type { ModerationKind } from '../codecs/moderation/kinds'
import { isRawTree, type RawTree } from '../codecs/kit/raw-tree'
import type { UnknownPolicy } from '../options'
import { AUDITING_CODECS, type AuditingResponse } from './auditing-response'
import { JobsResponse, StrictJobsResponse } from './jobs-response'
import type { JobResponseWire } from './stamp'
import { WorkflowExecutionsResponse } from './workflow-executions-response'
import { issueSentence } from '../errors'

/**
 * The answer of a CI job API, decoded: a union discriminated by `Kind`.
 *
 * - `'Jobs'`: `JobsResponse` — CreateMediaJobs, DescribeMediaJob(s) and the pic, ai, asr, doc and
 *   file job APIs (`JobsDetail`, `NonExistJobIds`, `NextToken`);
 * - `'WorkflowExecutions'`: `WorkflowExecutionsResponse` — DescribeWorkflowExecution(s);
 * - `'Auditing'`: `AuditingResponse` — a moderation query, read as the kind passed in `options.kind`.
 *
 * No callback marker (`EventName`, `EventNameInferred`) is ever on it.
 *
 * @example
 * import type { JobResponse } from 'tencent-ci-callback'
 * const ids = (answer: JobResponse): ReadonlyArray<string> =>
 *   answer.Kind === 'WorkflowExecutions'
 *     ? answer.WorkflowExecution.map((run) => run.RunId)
 *     : answer.JobsDetail.map((job) => job.JobId)
 */
export type JobResponse = JobsResponse | WorkflowExecutionsResponse | AuditingResponse

/** Keys a listing that found nothing may still have. */
const PAGE_KEYS: ReadonlySet<string> = new Set(['NextToken', 'RequestId'])

const ROOT_EXPECTED = 'JobsDetail, NonExistJobIds or WorkflowExecution(List) at the root of a job API answer'

const rootFailure = (u: RawTree, c: t.Context): t.Validation<JobResponse> => {
  const name = u['EventName']
  if (name !== undefined) {
    return t.failure(
      name,
      t.appendContext(c, 'EventName', t.undefined, name),
      'A callback (it has EventName), not a job API answer: read it with parseCallback',
    )
  }
  return t.failure(u, c, issueSentence(ROOT_EXPECTED, 'an object with none of them'))
}

/** What tells the answers apart without `options.kind`: the node at the root. */
const dispatch =
  (policy: UnknownPolicy | undefined) =>
  (u: unknown, c: t.Context): t.Validation<JobResponse> => {
    if (!isRawTree(u)) return t.failure(u, c)
    if (u['EventName'] !== undefined) return rootFailure(u, c)
    const jobs = policy === 'reject' ? StrictJobsResponse : JobsResponse
    if (u['JobsDetail'] !== undefined) return jobs.validate(u, c)
    if (u['WorkflowExecution'] !== undefined || u['WorkflowExecutionList'] !== undefined) {
      return WorkflowExecutionsResponse.validate(u, c)
    }
    if (u['NonExistJobIds'] !== undefined) return jobs.validate(u, c)
    // An empty page (`<JobsDetail/>` and `<NextToken/>` blank, so left out): no jobs.
    if (Object.keys(u).every((key) => PAGE_KEYS.has(key))) return jobs.validate(u, c)
    return rootFailure(u, c)
  }

/** Every member, for `is`. */
const isJobResponse = (u: unknown): u is JobResponse =>
  JobsResponse.is(u) || WorkflowExecutionsResponse.is(u) || Object.values(AUDITING_CODECS).some((codec) => codec.is(u))

const encodeAuditing = (v: AuditingResponse): JobResponseWire => {
  switch (v.ModerationKind) {
    case 'ReviewImage':
      return AUDITING_CODECS.ReviewImage.encode(v)
    case 'ReviewText':
      return AUDITING_CODECS.ReviewText.encode(v)
    case 'ReviewAudio':
      return AUDITING_CODECS.ReviewAudio.encode(v)
    case 'ReviewVideo':
      return AUDITING_CODECS.ReviewVideo.encode(v)
    case 'ReviewDocument':
      return AUDITING_CODECS.ReviewDocument.encode(v)
    case 'ReviewHtml':
      return AUDITING_CODECS.ReviewHtml.encode(v)
  }
}

/** A decoded answer back to its normalised wire tree (decoder-added fields left out). */
export const encodeJobResponseTree = (v: JobResponse): JobResponseWire =>
  v.Kind === 'Jobs'
    ? JobsResponse.encode(v)
    : v.Kind === 'WorkflowExecutions'
      ? WorkflowExecutionsResponse.encode(v)
      : encodeAuditing(v)

const build = (policy: UnknownPolicy | undefined, kind: ModerationKind | undefined) => {
  const validate: t.Validate<unknown, JobResponse> =
    kind === undefined ? dispatch(policy) : (u, c) => AUDITING_CODECS[kind].validate(u, c)
  return describe(
    new t.Type<JobResponse, JobResponseWire, unknown>('JobResponse', isJobResponse, validate, encodeJobResponseTree),
    kind === undefined ? 'a job API answer object' : `a ${kind} moderation query answer object`,
  )
}

/** One codec per (policy, kind), built once. */
const built = new Map<string, t.Type<JobResponse, JobResponseWire, unknown>>()

/** The `JobResponse` codec for an `unknown` policy and an optional moderation kind. */
export const jobResponseCodec = (
  policy: UnknownPolicy | undefined,
  kind: ModerationKind | undefined,
): t.Type<JobResponse, JobResponseWire, unknown> => {
  const key = `${policy ?? 'keep'}|${kind ?? ''}`
  const cached = built.get(key)
  if (cached !== undefined) return cached
  const codec = build(policy, kind)
  built.set(key, codec)
  return codec
}
