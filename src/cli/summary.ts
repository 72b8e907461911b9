import type { CiCallback } from 'tencent-ci-callback'

const get = (u: unknown, key: string): unknown =>
  typeof u === 'object' && u !== null && !Array.isArray(u) ? Reflect.get(u, key) : undefined

const text = (u: unknown): string | undefined => (typeof u === 'string' && u !== '' ? u : undefined)

const list = (u: unknown): ReadonlyArray<unknown> => (Array.isArray(u) ? u : u === undefined ? [] : [u])

/** The objects a job wrote: `ObjectPrefix + ObjectName` of each `MediaResult.OutputFile`. */
const outputs = (job: unknown): ReadonlyArray<string> =>
  list(get(get(get(job, 'Operation'), 'MediaResult'), 'OutputFile')).flatMap((file) => {
    const prefix = text(get(file, 'ObjectPrefix')) ?? ''
    return list(get(file, 'ObjectName')).flatMap((name) => (typeof name === 'string' ? [prefix + name] : []))
  })

/** One line for one job: Tag, JobId, State, the failure's Code and Message, the outputs. */
const jobLine = (job: unknown): string => {
  const state = text(get(job, 'State')) ?? '-'
  const parts = [text(get(job, 'Tag')) ?? '?', text(get(job, 'JobId')) ?? '?', state]
  const code = text(get(job, 'Code'))
  if (state !== 'Success' && code !== undefined) {
    const message = text(get(job, 'Message'))
    parts.push(message === undefined ? code : `${code}: ${JSON.stringify(message)}`)
  }
  const files = outputs(job)
  if (files.length > 0) parts.push(`→ ${files.join(', ')}`)
  return parts.join(' ')
}

/**
 * One line per job for `--summary`, prefixed with the file name. A callback without jobs (a
 * family other than job callbacks) gets one line naming its event.
 */
export const summaryLines = (file: string, callback: CiCallback): ReadonlyArray<string> => {
  const jobs = get(callback, 'JobsDetail')
  if (Array.isArray(jobs)) return jobs.map((job) => `${file}: ${jobLine(job)}`)
  return [`${file}: ${text(get(callback, 'EventName')) ?? 'unknown event'}`]
}
