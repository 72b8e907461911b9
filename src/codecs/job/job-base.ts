import * as t from 'io-ts'
import { Input } from './input'
import { DateFromTencentTime, DateOrUnsetFromTencentTime, NumberFromWire, alias } from '../kit/scalars'
import { Workflow } from './workflow'

/**
 * A job's state as callbacks report it: `Success` or `Failed` (the API also knows `Submitted`,
 * `Running`, `Pause`, `Cancel`). Kept open: an unlisted state is still text.
 *
 * @example
 * import { JobState } from 'tencent-ci-callback/codecs'
 * JobState.is('Success') // true
 */
export const JobState = alias<JobState, string>('JobState', t.string, 'a job state like "Success"')
/** A job state: the documented ones, or any other text Tencent may add. */
export type JobState = 'Success' | 'Failed' | 'Submitted' | 'Running' | 'Pause' | 'Cancel' | (string & {})

/** Fields every `JobsDetail` has that are always present. */
export const requiredJobProps = {
  /** Job ID, exact text: `j…` (media), `s…` (speech), `a…` (AI), `c…` (image), `d…` (document). */
  JobId: t.string,
  /** When the job was created. */
  CreationTime: DateFromTencentTime,
}

/**
 * The codecs of the fields every `JobsDetail` may have, as a named type: each Tag's job type refers
 * to it instead of spelling its fields out again in the declarations.
 */
export type OptionalJobProps = {
  /** `Success` or `Failed` in a callback (absent from Tencent's WordsGeneralize sample, so optional). */
  State: typeof JobState
  /** Error code when `State` is `Failed`; `Success` otherwise. */
  Code: t.StringC
  /** Error text when failed; absent (or `success`, `done`…) otherwise. */
  Message: t.StringC
  /** When the job started; `undefined` when Tencent sent `-` (not started). */
  StartTime: typeof DateOrUnsetFromTencentTime
  /** When the job ended; `undefined` when Tencent sent `-`. */
  EndTime: typeof DateOrUnsetFromTencentTime
  /** Queue ID, `p…`. */
  QueueId: t.StringC
  /** Progress, percent (`100` when finished). */
  Progress: typeof NumberFromWire
  /** Secondary tag, e.g. `DigitalWatermark` when a digital watermark was embedded. */
  SubTag: t.StringC
  /** The input object (absent for Tts, FileCompress). */
  Input: typeof Input
  /** The workflow that ran the job: only for workflow-triggered jobs (see `isWorkflowJob`). */
  Workflow: typeof Workflow
  /** `true` when the job came without `Tag` and `Tag` was inferred from its result node; encoding leaves `Tag` out. */
  TagInferred: t.LiteralC<true>
}

/** Fields every `JobsDetail` may have. */
export const optionalJobProps: OptionalJobProps = {
  State: JobState,
  Code: t.string,
  Message: t.string,
  StartTime: DateOrUnsetFromTencentTime,
  EndTime: DateOrUnsetFromTencentTime,
  QueueId: t.string,
  Progress: NumberFromWire,
  SubTag: t.string,
  Input: Input,
  Workflow: Workflow,
  TagInferred: t.literal(true),
}
