import type { ModerationDetailCallback, ModerationSimpleCallback } from 'tencent-ci-callback'
import { failure, get, num, text } from './fields'

/** What a `Result` / `Suggestion` / `result` number means (catalog.md §7). */
const VERDICTS: Readonly<Record<number, string>> = { 0: 'normal', 1: 'violation', 2: 'suspicious' }

const verdict = (n: number | undefined): string => (n === undefined ? 'no-verdict' : (VERDICTS[n] ?? 'verdict'))

/** `key=value` for each field present, in order. */
const pairs = (source: unknown, keys: ReadonlyArray<string>): ReadonlyArray<string> =>
  keys.flatMap((key) => {
    const value = get(source, key)
    return typeof value === 'string' || typeof value === 'number' ? [`${key}=${value}`] : []
  })

/** The scenes a Simple verdict hit (`hit_flag` 1 or 2): `hit=porn_info,ads_info`. */
const simpleHits = (data: unknown): ReadonlyArray<string> => {
  const hits = ['porn_info', 'ads_info', 'illegal_info', 'abuse_info'].filter((scene) => {
    const flag = num(get(get(data, scene), 'hit_flag'))
    return flag !== undefined && flag !== 0
  })
  return hits.length === 0 ? [] : [`hit=${hits.join(',')}`]
}

/** `ReviewImage <JobId> <State> violation Result=1 Label=Porn Score=92 ForbidState=1 <object>`. */
const detailLine = (callback: ModerationDetailCallback): string => {
  const job = callback.JobsDetail
  const decision = num(get(job, 'Result')) ?? num(get(job, 'Suggestion'))
  const parts = [callback.EventName, job.JobId, job.State ?? '-', verdict(decision)]
  parts.push(...pairs(job, ['Result', 'Suggestion', 'Label', 'SubLabel', 'Score', 'ForbidState']))
  const failed = job.State === 'Failed' ? failure(job.Code, job.Message) : undefined
  if (failed !== undefined) parts.push(failed)
  const where = job.Object ?? job.Url ?? job.DataId
  if (where !== undefined) parts.push(where)
  return parts.join(' ')
}

/** `ReviewImage <trace_id> code=0 normal result=0 forbidden_status=0 hit=… <url>` (Simple, snake_case). */
const simpleLine = (callback: ModerationSimpleCallback): string => {
  const { data } = callback
  const parts = [callback.EventName, data.trace_id ?? '-', `code=${callback.code}`, verdict(data.result)]
  parts.push(...pairs(data, ['result', 'forbidden_status']), ...simpleHits(data))
  const message = text(callback.message)
  if (callback.code !== 0 && message !== undefined) parts.push(JSON.stringify(message))
  const where = data.url ?? data.data_id
  if (where !== undefined) parts.push(where)
  return parts.join(' ')
}

/** One line for a moderation verdict, Detail or Simple: the verdict first, then where it applies. */
export const moderationLine = (callback: ModerationDetailCallback | ModerationSimpleCallback): string =>
  callback.ContentVersion === 'Detail' ? detailLine(callback) : simpleLine(callback)
