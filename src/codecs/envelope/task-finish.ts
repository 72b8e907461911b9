import * as t from 'io-ts'
import { withInferredEventName } from './inferred-event-name'
import { JobsDetail, StrictJobsDetail, type JobsDetailWire } from '../job/jobs-detail'
import { fastStruct } from '../kit/fast-struct'
import type { Graded } from '../../graded/dropped'
import type { Delivered } from '../../delivery/delivery'

const body = (jobs: t.Type<JobsDetail, JobsDetailWire, unknown>) =>
  fastStruct(
    'TaskFinishCallback',
    {
      /** Always `TaskFinish` for a job callback. */
      EventName: t.literal('TaskFinish'),
      /** The finished jobs: always a list, usually of one. */
      JobsDetail: t.array(jobs),
    },
    {
      /** `true` for a legacy callback sent without `EventName` (inferred from `JobsDetail`). */
      EventNameInferred: t.literal(true),
    },
  )

const TaskFinishCallbackC = body(JobsDetail)

/**
 * A job callback (`EventName` `TaskFinish`), XML `<Response>` or JSON, normalised. A legacy
 * callback without `EventName` but with `JobsDetail` is one too, with `EventNameInferred: true`.
 *
 * @example
 * import { TaskFinishCallback } from 'tencent-ci-callback/codecs'
 * TaskFinishCallback.is({ EventName: 'TaskFinish', JobsDetail: [] }) // true
 */
export interface TaskFinishCallback extends t.TypeOf<typeof TaskFinishCallbackC>, Graded, Delivered {}
/** `TaskFinishCallback` as it is on the wire: `EventName` is absent from legacy callbacks. */
export interface TaskFinishCallbackWire {
  /** Absent when it was inferred. */
  readonly EventName?: 'TaskFinish'
  /** The jobs, as on the wire. */
  readonly JobsDetail: Array<JobsDetailWire>
}
export const TaskFinishCallback: t.Type<TaskFinishCallback, TaskFinishCallbackWire, unknown> = withInferredEventName(
  'TaskFinish',
  TaskFinishCallbackC,
)

/** `TaskFinishCallback` under `unknown: 'reject'`: an undocumented job Tag is a failure. */
export const StrictTaskFinishCallback: t.Type<TaskFinishCallback, TaskFinishCallbackWire, unknown> =
  withInferredEventName('TaskFinish', body(StrictJobsDetail))
