import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { describe } from '../codecs/kit/describe'
import { fastStruct } from '../codecs/kit/fast-struct'
import { isRawTree, withActual, type RawTree } from '../codecs/kit/raw-tree'
import { neverDropped } from '../codecs/kit/shape'
import { WorkflowExecution } from '../codecs/envelope/workflow-execution'
import type { Graded } from '../graded/dropped'
import { stamped, without, type JobResponseWire } from './stamp'

/** A run, like a job, is never left out of its list by graded decoding: the answer is refused instead. */
const Run = neverDropped(WorkflowExecution)

const page = {
  /** The page token of a listing, for the next call. */
  NextToken: t.string,
  /** Tencent's request id. */
  RequestId: t.string,
}

const WorkflowExecutionsResponseC = fastStruct(
  'WorkflowExecutionsResponse',
  {
    /** `'WorkflowExecutions'`: added by the decoder (not on the wire), left out on encode. */
    Kind: t.literal('WorkflowExecutions'),
    /**
     * The runs, always a list (the struct reads one run as a list of one): one for `GET /workflowexecution/<RunId>` (`WorkflowExecution` on the
     * wire), a page of them for `GET /workflowexecution?workflowId=…` (`WorkflowExecutionList` on
     * the wire, read here too). `Topology` (the workflow's nodes) and the other fields an answer
     * adds pass through untyped.
     */
    WorkflowExecution: t.array(Run),
  },
  page,
)

/** A listing as it is on the wire: its runs under `WorkflowExecutionList`. */
const ListingC = fastStruct(
  'WorkflowExecutionsResponse',
  { Kind: t.literal('WorkflowExecutions'), WorkflowExecutionList: t.array(Run) },
  page,
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
export interface WorkflowExecutionsResponse extends t.TypeOf<typeof WorkflowExecutionsResponseC>, Graded {}

const single = stamped(
  WorkflowExecutionsResponseC,
  ['Kind'],
  (u: RawTree): RawTree => ({ Kind: 'WorkflowExecutions', ...u }),
  'a workflow execution answer',
)

/** A listing is checked under its own key (so error paths are the wire's), then read as `WorkflowExecution`. */
const listing = (u: RawTree, c: t.Context): t.Validation<WorkflowExecutionsResponse> => {
  const amended = { Kind: 'WorkflowExecutions', ...without(u, ['Kind']) }
  return E.map(({ WorkflowExecutionList, ...rest }: t.TypeOf<typeof ListingC>): WorkflowExecutionsResponse => ({
    ...rest,
    WorkflowExecution: WorkflowExecutionList,
  }))(ListingC.validate(amended, withActual(c, amended)))
}

/**
 * The io-ts codec for `WorkflowExecutionsResponse`: decodes the normalised answer (adding `Kind`,
 * one run or many as a list, a listing's `WorkflowExecutionList` as `WorkflowExecution`), encodes
 * back to the wire form (always `WorkflowExecution`, which it decodes from as well).
 *
 * @example
 * import { WorkflowExecutionsResponse } from 'tencent-ci-callback/codecs'
 * WorkflowExecutionsResponse.decode({ WorkflowExecution: { RunId: 'i1', WorkflowId: 'w1', CreateTime: '2022-08-09 14:54:17+0800' } })
 */
export const WorkflowExecutionsResponse: t.Type<WorkflowExecutionsResponse, JobResponseWire, unknown> = describe(
  new t.Type<WorkflowExecutionsResponse, JobResponseWire, unknown>(
    'WorkflowExecutionsResponse',
    single.is,
    (u, c) =>
      isRawTree(u) && u['WorkflowExecution'] === undefined && u['WorkflowExecutionList'] !== undefined
        ? listing(u, c)
        : single.validate(u, c),
    single.encode,
  ),
  'a workflow execution answer (WorkflowExecution or WorkflowExecutionList, NextToken)',
)
