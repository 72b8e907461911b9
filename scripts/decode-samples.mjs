// Decodes every payload under samples/ with the built package (dist/) and checks each one
// behaves as its folder says: files under invalid/<Tag>/ must fail with that error _tag,
// every other file must decode. Run with `npm start` (after `npm install`, which builds dist/).

import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseCallback, formatCallbackError, formatDropped, isWorkflowJob } from '../dist/index.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const samplesDir = join(root, 'samples')

/** Every .xml / .json file under `dir`, recursively, as sorted POSIX-style relative paths. */
const listSamples = (dir) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(xml|json)$/.test(entry.name))
    .map((entry) =>
      relative(samplesDir, join(entry.parentPath ?? entry.path, entry.name))
        .split(sep)
        .join('/'),
    )
    // Job API answers are read with parseJobResponse (test/job-response/), not as callbacks.
    .filter((path) => !path.startsWith('responses/'))
    .sort()

/** The error `_tag` a file must fail with, from an `invalid/<Tag>/` folder in its path. */
const expectedError = (path) => /(?:^|\/)invalid\/([^/]+)\//.exec(path)?.[1]

const indent = (text, by = '    ') =>
  text
    .split('\n')
    .map((line) => by + line)
    .join('\n')

/** The object keys a job wrote: `ObjectPrefix + name` for each `OutputFile.ObjectName`. */
const outputKeys = (job) => {
  const file = job.Operation?.MediaResult?.OutputFile
  const names = file?.ObjectName ?? []
  return names.map((name) => (file.ObjectPrefix ?? '') + name)
}

const describeJob = (job) => {
  const keys = outputKeys(job)
  const origin = isWorkflowJob(job) ? `  [workflow ${job.Workflow.Name ?? job.Workflow.WorkflowId}]` : ''
  const tag =
    job.Tag === 'Unknown' ? `Unknown (${job.UnknownTag})` : `${job.Tag}${job.TagInferred ? ' (inferred)' : ''}`
  return `${tag}  ${job.State ?? '-'}${origin}\n      → ${keys.length === 0 ? '(none)' : keys.join(', ')}`
}

/** One line or more per callback, by family: the switch a handler writes. */
const describeCallback = (cb) => {
  const inferred = cb.EventNameInferred ? ' (inferred: no EventName)' : ''
  switch (cb.EventName) {
    case 'TaskFinish':
      return [`TaskFinish${inferred}`, ...cb.JobsDetail.map((job) => `- ${describeJob(job)}`)]
    case 'WorkflowFinish':
    case 'WorkflowStart': {
      const run = cb.WorkflowExecution
      const tasks = (run.Tasks ?? []).map((task) => `- ${task.Type}  ${task.State ?? '-'}  ${task.JobId ?? ''}`)
      return [`${cb.EventName}${inferred}  ${run.WorkflowName ?? run.WorkflowId}  ${run.State ?? '-'}`, ...tasks]
    }
    case 'TestRequest':
      return ['TestRequest (moderation callback URL check: answer 200)']
    case 'Unknown':
      return [`Unknown event ${cb.UnknownEventName}`]
    default: {
      const verdict =
        cb.ContentVersion === 'Simple' ? cb.data.result : (cb.JobsDetail.Result ?? cb.JobsDetail.Suggestion)
      const label = cb.ContentVersion === 'Simple' ? '' : `  ${cb.JobsDetail.Label ?? ''}`
      return [`${cb.EventName} (${cb.ContentVersion})  result ${verdict ?? '-'}${label}`]
    }
  }
}

const files = listSamples(samplesDir)
let unexpected = 0

for (const path of files) {
  const body = readFileSync(join(samplesDir, path))
  const expected = expectedError(path)
  // A sample that must be refused is refused with invalid optional values refusing too; what the
  // default (invalidFields: 'drop') makes of it is shown below it.
  const result = parseCallback(body, undefined, expected === undefined ? undefined : { invalidFields: 'reject' })
  const ok = expected === undefined ? result._tag === 'Right' : result._tag === 'Left' && result.left._tag === expected
  if (!ok) unexpected += 1

  console.log(`${ok ? '✓' : '✗'} ${path}`)
  if (result._tag === 'Right') {
    for (const line of describeCallback(result.right)) console.log(`    ${line}`)
    if (result.right.Dropped !== undefined) console.log(indent(formatDropped(result.right.Dropped)))
    if (expected !== undefined) console.log(`    expected a ${expected} error, but it decoded`)
  } else {
    console.log(indent(formatCallbackError(result.left)))
    const graded = expected === 'InvalidPayload' ? parseCallback(body, undefined) : undefined
    if (graded?._tag === 'Right')
      console.log(indent(`with the default invalidFields 'drop':\n${formatDropped(graded.right.Dropped)}`))
    if (!ok)
      console.log(
        `    expected ${expected === undefined ? 'to decode' : `a ${expected} error`}, got ${result.left._tag}`,
      )
  }
}

console.log(`\n${files.length} samples: ${files.length - unexpected} as expected, ${unexpected} unexpected`)
process.exitCode = unexpected === 0 ? 0 : 1
