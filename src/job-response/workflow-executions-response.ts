import * as t from 'io-ts'
import { fastStruct } from '../codecs/jobs/fast-struct'
import { isRawTree, type RawTree } from '../codecs/raw-tree'
import { WorkflowExecution } from '../codecs/workflow-execution'
import { stamped, type JobResponseWire } from './stamp'

const WorkflowExecutionsResponseC = fastStruct(
  'WorkflowExecutionsResponse',
  {
    /** `'WorkflowExecutions'`: added by the decoder (not on the wire), left out on encode. */
    Kind: t.literal('WorkflowExecutions'),
    /**
     * The runs, always a list: one for `GET /workflowexecution/<RunId>`, a page of them for
     * `GET /workflowexecution?workflowId=…`. `Topology` (the workflow's nodes) and the other fields
     * the answer adds pass through untyped.
     */
    WorkflowExecution: t.array(WorkflowExecution),
  },
  {
    /** The page token of a listing, for the next call. */
    NextToken: t.string,
    /** Tencent's request id. */
    RequestId: t.string,
  },
)

/**
 * The answer of DescribeWorkflowExecution(s) (`Kind: 'WorkflowExecutions'`): the runs, each the
 * `WorkflowExecution` a `WorkflowFinish` callback carries (`RunId`, `State`, `Tasks`…), and the
 * page token.
 *
 * @example
 * import type { WorkflowExecutionsResponse } from 'tencent-ci-callback'
 * const failed = (answer: WorkflowExecutionsResponse) =>
 *   answer.WorkflowExecution.filter((run) => run.State === 'Failed').map((run) => run.RunId)
 */
export interface WorkflowExecutionsResponse extends t.TypeOf<typeof WorkflowExecutionsResponseC> {}

/**
 * A callback carries one `WorkflowExecution`, so the normaliser leaves a single one as it is; an
 * answer may carry several, so here one is a list of one (XML repeats the element for several).
 */
const amend = (u: RawTree): RawTree => {
  const runs = u['WorkflowExecution']
  return { Kind: 'WorkflowExecutions', ...u, WorkflowExecution: isRawTree(runs) ? [runs] : runs }
}

/**
 * The io-ts codec for `WorkflowExecutionsResponse`: decodes the normalised answer (adding `Kind`,
 * one run or many as a list), encodes back to the wire form.
 *
 * @example
 * import { WorkflowExecutionsResponse } from 'tencent-ci-callback'
 * WorkflowExecutionsResponse.decode({ WorkflowExecution: { RunId: 'i1', WorkflowId: 'w1', CreateTime: '2022-08-09 14:54:17+0800' } })
 */
export const WorkflowExecutionsResponse: t.Type<WorkflowExecutionsResponse, JobResponseWire, unknown> = stamped(
  WorkflowExecutionsResponseC,
  ['Kind'],
  amend,
  'a workflow execution answer (WorkflowExecution, NextToken)',
)
