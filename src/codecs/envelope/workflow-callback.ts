import * as t from 'io-ts'
import { withInferredEventName } from './inferred-event-name'
import { WorkflowExecution, type WorkflowExecutionWire } from './workflow-execution'
import { fastStruct } from '../kit/fast-struct'
import type { Graded } from '../../graded/dropped'
import type { Delivered } from '../../delivery/delivery'

const WorkflowFinishCallbackC = fastStruct(
  'WorkflowFinishCallback',
  {
    /** `WorkflowFinish`: a workflow run ended. */
    EventName: t.literal('WorkflowFinish'),
    /** The run. */
    WorkflowExecution: WorkflowExecution,
  },
  {
    /** `true` for a legacy callback sent without `EventName` (inferred from `WorkflowExecution`). */
    EventNameInferred: t.literal(true),
  },
)

/**
 * A workflow callback (`EventName` `WorkflowFinish`): one run of a workflow and its nodes. A legacy
 * callback without `EventName` but with `WorkflowExecution` is one too, with `EventNameInferred: true`.
 *
 * @example
 * import type { WorkflowFinishCallback } from 'tencent-ci-callback'
 * const failed = (cb: WorkflowFinishCallback) =>
 *   (cb.WorkflowExecution.Tasks ?? []).filter((task) => task.State === 'Failed')
 */
export interface WorkflowFinishCallback extends t.TypeOf<typeof WorkflowFinishCallbackC>, Graded, Delivered {}
/** `WorkflowFinishCallback` as it is on the wire: `EventName` is absent from legacy callbacks. */
export interface WorkflowFinishCallbackWire {
  /** Absent when it was inferred. */
  readonly EventName?: 'WorkflowFinish'
  /** The run, as on the wire. */
  readonly WorkflowExecution: WorkflowExecutionWire
}
export const WorkflowFinishCallback: t.Type<WorkflowFinishCallback, WorkflowFinishCallbackWire, unknown> =
  withInferredEventName('WorkflowFinish', WorkflowFinishCallbackC)

const WorkflowStartCallbackC = fastStruct(
  'WorkflowStartCallback',
  {
    /** `WorkflowStart`: a workflow run began. */
    EventName: t.literal('WorkflowStart'),
    /** The run (usually without `State` and `Tasks` yet). */
    WorkflowExecution: WorkflowExecution,
  },
  {},
)

/**
 * A workflow-start callback (`EventName` `WorkflowStart`). Tencent names it but shows no sample;
 * it is decoded with the `WorkflowExecution` shape of `WorkflowFinish`, `State` and `Tasks` optional.
 *
 * @example
 * import type { WorkflowStartCallback } from 'tencent-ci-callback'
 * const runId = (cb: WorkflowStartCallback) => cb.WorkflowExecution.RunId
 */
export interface WorkflowStartCallback extends t.TypeOf<typeof WorkflowStartCallbackC>, Graded, Delivered {}
/** `WorkflowStartCallback` as it is on the wire. */
export interface WorkflowStartCallbackWire extends t.OutputOf<typeof WorkflowStartCallbackC> {}
export const WorkflowStartCallback: t.Type<WorkflowStartCallback, WorkflowStartCallbackWire, unknown> =
  WorkflowStartCallbackC
