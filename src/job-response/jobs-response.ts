import * as t from 'io-ts'
import { describe } from '../codecs/kit/describe'
import type { Graded } from '../graded/dropped'
import { JobsDetail, StrictJobsDetail, type JobsDetailWire } from '../codecs/job/jobs-detail'
import { fastStruct } from '../codecs/kit/fast-struct'
import { isRawTree } from '../codecs/kit/raw-tree'
import { neverDropped, one } from '../codecs/kit/shape'
import { inferTag } from '../codecs/tags/tag-inference'
import { stamped, type JobResponseWire } from './stamp'

/** The message for a job that looks like a moderation result: its kind can only come from the caller. */
const KIND_HINT =
  'Missing Tag, and the job looks like a moderation result: for the answer of a moderation query ' +
  "(GET /image/auditing/<JobId>, /text/…, /video/…), pass options.kind, e.g. { kind: 'ReviewImage' }"

/** Nodes only a moderation result has at the top of a job: its verdict and its scene verdicts. */
const MODERATION_NODES = ['Label', 'Result', 'PornInfo', 'AdsInfo', 'IllegalInfo', 'AbuseInfo', 'PoliticsInfo']

/**
 * A job with no `Tag` to go by (none sent, none inferred) that carries a moderation verdict: a
 * moderation answer read without `options.kind`. Other Tag-less jobs (virus detection, say) are
 * left to `JobsDetail`: an `UnknownJob` under `unknown: 'keep'`.
 */
const looksModerated = (u: unknown): boolean =>
  isRawTree(u) &&
  one(u['Tag']) === undefined &&
  inferTag(u) === undefined &&
  MODERATION_NODES.some((node) => u[node] !== undefined)

/** `JobsDetail`, refusing a moderation result with a word on what to do instead. */
const hinted = (jobs: t.Type<JobsDetail, JobsDetailWire, unknown>): t.Type<JobsDetail, JobsDetailWire, unknown> =>
  neverDropped(
    describe(
      new t.Type<JobsDetail, JobsDetailWire, unknown>(
        jobs.name,
        jobs.is,
        (u, c) =>
          looksModerated(u)
            ? t.failure(undefined, t.appendContext(c, 'Tag', t.string, undefined), KIND_HINT)
            : jobs.validate(u, c),
        jobs.encode,
      ),
      'a job object',
    ),
  )

const struct = (jobs: t.Type<JobsDetail, JobsDetailWire, unknown>) =>
  fastStruct(
    'JobsResponse',
    {
      /** `'Jobs'`: added by the decoder (not on the wire), left out on encode. */
      Kind: t.literal('Jobs'),
      /** The jobs, always a list (empty when every id asked for is in `NonExistJobIds`). */
      JobsDetail: t.array(hinted(jobs)),
    },
    {
      /** The ids asked for that name no job, always a list; absent when every job exists. */
      NonExistJobIds: t.array(t.string),
      /** The page token of a listing (`DescribeMediaJobs`, `DescribeDocProcessJobs`…), for the next call. */
      NextToken: t.string,
      /** Tencent's request id, when the answer carries one. */
      RequestId: t.string,
    },
  )

const JobsResponseC = struct(JobsDetail)

/**
 * The answer of a job API (`Kind: 'Jobs'`): CreateMediaJobs (`POST /jobs`, `/pic_jobs`, `/ai_jobs`,
 * `/asr_jobs`, `/doc_jobs`, `/file_jobs`), DescribeMediaJob (`GET /jobs/<JobId>`, several ids
 * comma-separated) and the listings (`GET /jobs?queueId=…&tag=…`). `JobsDetail` is the same
 * `Tag`-narrowed job union a `TaskFinish` callback carries, with the API-only states (`Submitted`,
 * `Running`, `Pause`, `Cancel`) and unset times (`-`, decoded as `undefined`).
 *
 * @example
 * import type { JobsResponse } from 'tencent-ci-callback'
 * const running = (answer: JobsResponse) => answer.JobsDetail.filter((job) => job.State === 'Running')
 */
export interface JobsResponse extends t.TypeOf<typeof JobsResponseC>, Graded {}

const amend = (u: Readonly<Record<string, unknown>>) => ({ Kind: 'Jobs', JobsDetail: [], ...u })

const EXPECTED = 'a job query answer (JobsDetail, NonExistJobIds, NextToken)'

/**
 * The io-ts codec for `JobsResponse`: decodes the normalised answer (adding `Kind`, and an empty
 * `JobsDetail` when the answer has none), encodes back to the wire form.
 *
 * @example
 * import { JobsResponse } from 'tencent-ci-callback/codecs'
 * JobsResponse.decode({ NonExistJobIds: ['j1'] }) // Right({ Kind: 'Jobs', JobsDetail: [], NonExistJobIds: ['j1'] })
 */
export const JobsResponse: t.Type<JobsResponse, JobResponseWire, unknown> = stamped(
  JobsResponseC,
  ['Kind'],
  amend,
  EXPECTED,
)

/** `JobsResponse` under `unknown: 'reject'`: an undocumented job Tag is a failure at `Tag`. */
export const StrictJobsResponse: t.Type<JobsResponse, JobResponseWire, unknown> = stamped(
  struct(StrictJobsDetail),
  ['Kind'],
  amend,
  EXPECTED,
)
