import * as t from 'io-ts'
import { CosHeaders } from '../job/cos-headers'
import { JobState } from '../job/job-base'
import { DateFromTencentTime } from '../kit/scalars'
import { WorkflowTask } from './workflow-task'
import { fastStruct } from '../kit/fast-struct'

const WorkflowExecutionC = fastStruct(
  'WorkflowExecution',
  {
    /** Workflow instance (run) ID, `i…`. */
    RunId: t.string,
    /** Workflow ID, `w…`. */
    WorkflowId: t.string,
    /** When the run was created (`2022-08-09 14:54:17+0800` on the wire: a space, not `T`). */
    CreateTime: DateFromTencentTime,
  },
  {
    /** Workflow name; may be empty on the wire, then absent. */
    WorkflowName: t.string,
    /** Bucket of the object that triggered the run; may be empty, then absent. */
    BucketId: t.string,
    /** Key of the object that triggered the run. */
    Object: t.string,
    /** `Success` or `Failed` ("as long as one job is Failed, the instance is Failed"). */
    State: JobState,
    /** Headers of the triggering object, always a list; absent when none were configured. */
    CosHeaders: CosHeaders,
    /** One entry per node executed, always a list. */
    Tasks: t.array(WorkflowTask),
  },
)

/**
 * `WorkflowExecution`: one run of a workflow, as `WorkflowFinish` and `WorkflowStart` callbacks
 * carry it. `RunId`, `WorkflowId` and `CreateTime` are required; `State` and `Tasks` are optional
 * (a `WorkflowStart` callback may not have them yet).
 *
 * @example
 * import { WorkflowExecution } from 'tencent-ci-callback/codecs'
 * WorkflowExecution.decode({ RunId: 'i1', WorkflowId: 'w1', CreateTime: '2022-08-09 14:54:17+0800' })
 */
export interface WorkflowExecution extends t.TypeOf<typeof WorkflowExecutionC> {}
/** `WorkflowExecution` as it is on the wire. */
export interface WorkflowExecutionWire extends t.OutputOf<typeof WorkflowExecutionC> {}
export const WorkflowExecution: t.Type<WorkflowExecution, WorkflowExecutionWire, unknown> = WorkflowExecutionC
