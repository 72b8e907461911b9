import type { Workflow } from './codecs/job/workflow'
import { Workflow as WorkflowCodec } from './codecs/job/workflow'

/**
 * True when a workflow (not a job API call) started the job: the job carries a valid `Workflow`.
 * Narrows so that `job.Workflow` is present, without `!` or casts. It promises nothing about
 * `Input.CosHeaders`: most workflow jobs carry them, but Tts puts them under `Operation.Input`.
 *
 * @example
 * import { isWorkflowJob } from 'tencent-ci-callback'
 * import { smartCoverJob, workflowJob } from 'tencent-ci-callback/testing'
 * const job = workflowJob()
 * if (isWorkflowJob(job)) console.log(job.Workflow.WorkflowName) // cover-on-upload
 * isWorkflowJob(smartCoverJob()) // false
 */
export const isWorkflowJob = <J extends { readonly Workflow?: Workflow | undefined }>(
  job: J,
): job is J & { readonly Workflow: Workflow } =>
  typeof job === 'object' && job !== null && WorkflowCodec.is(job.Workflow)
