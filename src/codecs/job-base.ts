import * as t from 'io-ts'
import { Input } from './input'
import { DateFromTencentTime, DateOrUnsetFromTencentTime, NumberFromWire, alias } from './scalars'
import { Workflow } from './workflow'

/**
 * A job's state as callbacks report it: `Success` or `Failed` (the API also knows `Submitted`,
 * `Running`, `Pause`, `Cancel`). Kept open: an unlisted state is still text.
 *
 * @example
 * import { JobState } from 'tencent-ci-callback'
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

/** Fields every `JobsDetail` may have. */
export const optionalJobProps = {
  /** `Success` or `Failed` in a callback (absent from Tencent's WordsGeneralize sample, so optional). */
  State: JobState,
  /** Error code when `State` is `Failed`; `Success` otherwise. */
  Code: t.string,
  /** Error text when failed; absent (or `success`, `done`…) otherwise. */
  Message: t.string,
  /** When the job started; `undefined` when Tencent sent `-` (not started). */
  StartTime: DateOrUnsetFromTencentTime,
  /** When the job ended; `undefined` when Tencent sent `-`. */
  EndTime: DateOrUnsetFromTencentTime,
  /** Queue ID, `p…`. */
  QueueId: t.string,
  /** Progress, percent (`100` when finished). */
  Progress: NumberFromWire,
  /** Secondary tag, e.g. `DigitalWatermark` when a digital watermark was embedded. */
  SubTag: t.string,
  /** The input object (absent for Tts, FileCompress). */
  Input: Input,
  /** The workflow that ran the job: only for workflow-triggered jobs (see `isWorkflowJob`). */
  Workflow: Workflow,
  /** `true` when the job came without `Tag` and `Tag` was inferred from its result node; encoding leaves `Tag` out. */
  TagInferred: t.literal(true),
}
