import type { BodyFormat } from 'tencent-ci-callback'
import {
  failedTranscodeCallback,
  jsonFixture,
  moderationDetailCallback,
  moderationSimpleCallback,
  smartCoverCallback,
  taskFinishCallback,
  workflowFinishCallback,
  workflowJob,
} from 'tencent-ci-callback/testing'

/** A fixture `send --fixture` can post: its body in each format Tencent sends it in, and its headers. */
export interface NamedFixture {
  /** One line for `send --help`. */
  readonly about: string
  /** The formats Tencent sends this callback in; the first is the default. */
  readonly formats: ReadonlyArray<BodyFormat>
  /** The body in `format` (one of `formats`). */
  readonly body: (format: BodyFormat) => string
  /** Headers Tencent adds for this callback, beside `Content-Type`. */
  readonly headers: Readonly<Record<string, string>>
}

const both = ['xml', 'json'] as const
const jsonOnly = ['json'] as const

/** Tencent's console check of a moderation callback URL, as its documentation shows it. */
const testRequest = jsonFixture({
  EventName: 'TestRequest',
  code: 0,
  data: {
    forbidden_status: 0,
    event: 'ReviewImage',
    porn_info: { hit_flag: 0, score: 9 },
    result: 0,
    trace_id: 'test_trace_id',
    url: 'https://examplebucket-1250000000.cos.ap-chengdu.myqcloud.com/test.jpg',
    cos_headers: { 'x-cos-meta-xx': 'xx' },
  },
  message: 'Test request when setting callback url',
})

/** The fixtures of `tencent-ci-callback/testing`, by the name `send --fixture` takes. */
export const FIXTURES: Readonly<Record<string, NamedFixture>> = {
  'smart-cover': {
    about: 'TaskFinish: a finished SmartCover job, three covers written',
    formats: both,
    body: (format) => smartCoverCallback().body(format),
    headers: {},
  },
  'failed-transcode': {
    about: 'TaskFinish: a Transcode job that failed (Code InvalidInput)',
    formats: both,
    body: (format) => failedTranscodeCallback().body(format),
    headers: {},
  },
  'workflow-job': {
    about: 'TaskFinish: a SmartCover job run by a workflow (Workflow, CosHeaders)',
    formats: both,
    body: (format) => taskFinishCallback([workflowJob()]).body(format),
    headers: {},
  },
  'workflow-finish': {
    about: 'WorkflowFinish: a workflow run, Transcode and Snapshot nodes, Success',
    formats: both,
    body: (format) => workflowFinishCallback().body(format),
    headers: {},
  },
  'moderation-detail': {
    about: 'ReviewImage, Detail version: an image blocked as porn (Result 1), JSON only',
    formats: jsonOnly,
    body: () => moderationDetailCallback().body('json'),
    headers: { 'X-Ci-Content-Version': 'Detail' },
  },
  'moderation-simple': {
    about: 'ReviewImage, Simple version: a normal image (result 0), JSON only',
    formats: jsonOnly,
    body: () => moderationSimpleCallback().body('json'),
    headers: { 'X-Ci-Content-Version': 'Simple' },
  },
  'test-request': {
    about: "the moderation console's URL check (answer it 200), JSON only",
    formats: jsonOnly,
    body: () => testRequest.body('json'),
    headers: { 'X-Ci-Content-Version': 'Simple' },
  },
}

/** The fixture names, in the order `send --help` lists them. */
export const FIXTURE_NAMES: ReadonlyArray<string> = Object.keys(FIXTURES)
