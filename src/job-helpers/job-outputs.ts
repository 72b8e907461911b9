import type { JobsDetail } from '../codecs/job/jobs-detail'
import type { OutputFile, SpriteOutputFile } from '../codecs/job/media-result'
import { outputAt, type JobOutput, type OutputPlace } from './job-output'
import { TAG_OUTPUT_READERS } from '../codecs/tags/registry'

type Files = OutputFile | SpriteOutputFile

/** Each `ObjectPrefix + ObjectName`, with the MD5 whose `Md5Info.ObjectName` is that key (or that name). */
const fromFiles = (files: Files | undefined, fallback: OutputPlace | undefined): ReadonlyArray<JobOutput> => {
  if (files === undefined) return []
  const md5s = new Map<string, string>()
  for (const info of files.Md5Info ?? []) {
    if (info.ObjectName !== undefined && info.Md5 !== undefined) md5s.set(info.ObjectName, info.Md5)
  }
  const prefix = files.ObjectPrefix ?? ''
  return (files.ObjectName ?? []).flatMap((name) => {
    const key = prefix + name
    return outputAt(files, fallback, key, md5s.get(key) ?? md5s.get(name))
  })
}

const identity = (output: JobOutput): string => `${output.bucket}\u0000${output.region}\u0000${output.key}`

/**
 * The objects a job wrote, as `{ bucket, region, key, md5? }`: every `MediaResult.OutputFile`
 * object (`ObjectPrefix` + each `ObjectName`, with the MD5 `Md5Info` gives for it), then the sprite
 * sheets of `OutputFile.SpriteOutputFile`, then the objects the job's Tag reports elsewhere
 * (`TAG_OUTPUT_READERS`: `FileCompressResult`, `DocProcessResult.PageInfo`, SpeechRecognition's
 * `ObjectName`, `PicProcessResult`…). A result that names no bucket or region takes those of
 * `Operation.Output`. Each object is listed once, in that order; a job that reported nothing gives `[]`
 * (a failed job has no `MediaResult`, so usually `[]`; whatever a job reports is listed, whatever its
 * `State`). Keys are exactly as Tencent reported them: placeholders such as `${Number}` appear only in
 * the echoed `Output.Object`, which is never listed as is.
 *
 * @example
 * import { jobOutputs, parseCallback } from 'tencent-ci-callback'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { smartCoverCallback } from 'tencent-ci-callback/testing'
 * const result = parseCallback(smartCoverCallback().body('xml'), 'application/xml')
 * if (E.isRight(result) && result.right.EventName === 'TaskFinish') {
 *   for (const job of result.right.JobsDetail) {
 *     for (const { bucket, region, key } of jobOutputs(job)) console.log(bucket, region, key)
 *   }
 * }
 * // examplebucket-1250000000 ap-chongqing output/cover-0.jpg, then cover-1.jpg and cover-2.jpg
 */
export const jobOutputs = (job: JobsDetail): ReadonlyArray<JobOutput> => {
  const output = job.Operation?.Output
  const files = job.Operation?.MediaResult?.OutputFile
  const all = [
    ...fromFiles(files, output),
    ...fromFiles(files?.SpriteOutputFile, output),
    ...((job.Tag === 'Unknown' ? undefined : TAG_OUTPUT_READERS[job.Tag])?.(job) ?? []),
  ]
  const seen = new Set<string>()
  return all.filter((item) => {
    const id = identity(item)
    if (seen.has(id)) return false
    seen.add(id)
    return true
  })
}
