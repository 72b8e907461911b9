import { formatDropped, type CiCallback, type JobsDetail, type WorkflowExecution } from 'tencent-ci-callback'
import { failure, get, list, text } from './fields'
import { moderationLine } from './summary-moderation'

/** The objects a job wrote: `ObjectPrefix + ObjectName` of each `MediaResult.OutputFile`. */
const outputs = (job: JobsDetail): ReadonlyArray<string> =>
  list(get(get(get(job, 'Operation'), 'MediaResult'), 'OutputFile')).flatMap((file) => {
    const prefix = text(get(file, 'ObjectPrefix')) ?? ''
    return list(get(file, 'ObjectName')).flatMap((name) => (typeof name === 'string' ? [prefix + name] : []))
  })

/** One line for one job: Tag as sent, JobId, State, the failure's Code and Message, the outputs. */
const jobLine = (job: JobsDetail): string => {
  const state = job.State ?? '-'
  const parts = [job.Tag === 'Unknown' ? (job.UnknownTag ?? '(no Tag)') : job.Tag, job.JobId, state]
  const failed = state === 'Success' ? undefined : failure(job.Code, job.Message)
  if (failed !== undefined) parts.push(failed)
  const files = outputs(job)
  if (files.length > 0) parts.push(`→ ${files.join(', ')}`)
  return parts.join(' ')
}

/** `WorkflowFinish RunId State "name" on object`, then the nodes that did not succeed, with their Code and Message. */
const workflowLine = (event: string, run: WorkflowExecution): string => {
  const parts = [event, run.RunId, run.State ?? '-']
  if (run.WorkflowName !== undefined) parts.push(JSON.stringify(run.WorkflowName))
  if (run.Object !== undefined) parts.push(`on ${run.Object}`)
  const failed = (run.Tasks ?? []).flatMap((task) => {
    if (task.State === undefined || task.State === 'Success') return []
    const why = failure(task.Code, task.Message)
    return [`${task.Type} ${task.JobId ?? '?'} ${task.State}${why === undefined ? '' : ` ${why}`}`]
  })
  if (failed.length > 0) parts.push(`failed: ${failed.join('; ')}`)
  return parts.join(' ')
}

/** The lines of one callback, without the file name. */
const lines = (callback: CiCallback): ReadonlyArray<string> => {
  switch (callback.EventName) {
    case 'TaskFinish':
      return callback.JobsDetail.length === 0 ? ['TaskFinish (no jobs)'] : callback.JobsDetail.map(jobLine)
    case 'WorkflowFinish':
    case 'WorkflowStart':
      return [workflowLine(callback.EventName, callback.WorkflowExecution)]
    case 'TestRequest':
      return [`TestRequest (the console checking the callback URL: answer 200) ${JSON.stringify(callback.message)}`]
    case 'Unknown':
      return [`${callback.UnknownEventName} (an event this version does not know: see Raw in the JSON)`]
    default:
      return [moderationLine(callback)]
  }
}

/**
 * The `--summary` lines of one callback, each prefixed with the file name: one per job of a job
 * callback; one for a workflow run, a moderation verdict, a test request or an unknown event. Every
 * name is the one sent: an unknown job's `UnknownTag`, an unknown callback's `UnknownEventName`.
 * Values graded decoding left out follow, one `⚠` line each (see `formatDropped`).
 */
export const summaryLines = (file: string, callback: CiCallback): ReadonlyArray<string> => {
  // What graded decoding left out, one `⚠` line per value, after the callback's own lines.
  const dropped = callback.Dropped === undefined ? [] : formatDropped(callback.Dropped).split('\n')
  return [...lines(callback), ...dropped.map((line) => line.trim())].map((line) => `${file}: ${line}`)
}
