import type { Workflow } from './codecs/job/workflow'
import { Workflow as WorkflowCodec } from './codecs/job/workflow'

/**
 * True when a workflow (not a job API call) started the job: the job carries a valid `Workflow`.
 * Narrows so that `job.Workflow` is present, without `!` or casts. It promises nothing about
 * `Input.CosHeaders`: most workflow jobs carry them, but Tts puts them under `Operation.Input`.
 *
 * @example
 * import { isWorkflowJob, parseCallback } from 'tencent-ci-callback'
 * import * as E from 'fp-ts/lib/Either.js'
 * const result = parseCallback(body, 'application/xml')
 * if (E.isRight(result) && result.right.EventName === 'TaskFinish') {
 *   for (const job of result.right.JobsDetail) {
 *     if (isWorkflowJob(job)) console.log(job.Workflow.WorkflowName)
 *   }
 * }
 */
export const isWorkflowJob = <J extends { readonly Workflow?: Workflow | undefined }>(
  job: J,
): job is J & { readonly Workflow: Workflow } =>
  typeof job === 'object' && job !== null && WorkflowCodec.is(job.Workflow)
