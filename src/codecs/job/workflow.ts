import * as t from 'io-ts'
import { fastStruct } from '../kit/fast-struct'

const WorkflowC = fastStruct(
  'Workflow',
  {
    /** Workflow instance (run) ID, `i…`. */
    RunId: t.string,
    /** Workflow ID, `w…`. */
    WorkflowId: t.string,
  },
  {
    /** Workflow name; may be empty on the wire, then absent. */
    WorkflowName: t.string,
    /** Name of the workflow node that ran this job, e.g. `SmartCover_1581665960537`. */
    Name: t.string,
  },
)
/**
 * `JobsDetail.Workflow`: present only when a workflow, not a job API call, started the job.
 * Narrow to it with `isWorkflowJob`.
 *
 * @example
 * import { Workflow } from 'tencent-ci-callback/codecs'
 * Workflow.is({ RunId: 'ic90…', WorkflowId: 'web6…', Name: 'SmartCover_1581665960537' }) // true
 */
export interface Workflow extends t.TypeOf<typeof WorkflowC> {}
/** `Workflow` as it is on the wire. */
export interface WorkflowWire extends t.OutputOf<typeof WorkflowC> {}
export const Workflow: t.Type<Workflow, WorkflowWire, unknown> = WorkflowC
