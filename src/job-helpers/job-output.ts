import type { JobsDetail } from '../codecs/job/jobs-detail'
import type { Output } from '../codecs/job/output'
import type { PicProcessResult } from '../codecs/nodes/pic-process-result'
import { jobFailure } from './job-failure'

/**
 * One object a job wrote to COS: where it is, and its MD5 when Tencent reported one.
 *
 * @example
 * import type { JobOutput } from 'tencent-ci-callback'
 * const out: JobOutput = { bucket: 'test-123456789', region: 'ap-chongqing', key: 'output/segment-0', md5: 'dd5b…' }
 */
export interface JobOutput {
  /** Bucket, `name-appid`. */
  readonly bucket: string
  /** COS region, e.g. `ap-chongqing`. */
  readonly region: string
  /** Full object key, exactly as Tencent reported it (a leading `/` is kept). */
  readonly key: string
  /** Hex MD5 of the object, from `Md5Info`; absent when Tencent sent none. */
  readonly md5?: string
}

/**
 * Where a job was told to write: the fallback for a result that names no bucket or region.
 */
export interface OutputPlace {
  readonly Bucket?: string | undefined
  readonly Region?: string | undefined
}

/**
 * A `JobOutput` at `key`, in the bucket and region of `place` (or of `fallback` where `place` has
 * none); `[]` when either is still unknown or `key` is empty.
 * `outputAt({ Bucket: 'b-1' }, { Region: 'ap-guangzhou' }, 'out/a.jpg')` is
 * `[{ bucket: 'b-1', region: 'ap-guangzhou', key: 'out/a.jpg' }]`.
 */
export const outputAt = (
  place: OutputPlace | undefined,
  fallback: OutputPlace | undefined,
  key: string | undefined,
  md5?: string,
): ReadonlyArray<JobOutput> => {
  const bucket = place?.Bucket ?? fallback?.Bucket
  const region = place?.Region ?? fallback?.Region
  if (bucket === undefined || region === undefined || key === undefined || key === '') return []
  return [md5 === undefined ? { bucket, region, key } : { bucket, region, key, md5 }]
}

/** What `echoedOutput` reads of a job: its state and the echoed `Operation.Output`. */
interface EchoingJob extends Pick<JobsDetail, 'State' | 'Code' | 'Message'> {
  readonly Operation: { readonly Output?: Output | undefined }
}

/**
 * The output of a job that reports no `MediaResult` but writes exactly one object, at the echoed
 * `Output.Object` (NoiseReduction in Tencent's sample, the document jobs): that key, once the job
 * has not failed and the key holds no unexpanded `${…}` placeholder. A Tag module names it as where
 * its outputs are.
 */
export const echoedOutput = (job: EchoingJob): ReadonlyArray<JobOutput> => {
  const output = job.Operation.Output
  const key = output?.Object
  if (jobFailure(job) !== undefined || key === undefined || key.includes('${')) return []
  return outputAt(output, undefined, key)
}

/**
 * The images a `PicProcessResult` names (image processing, and posters, which run on the same
 * queue), in either documented shape — `ObjectName`, or the Go SDK's
 * `UploadResult.ProcessResults.Object[].Key` — in the echoed `Output` bucket.
 */
export const processedImages = (
  output: Output | undefined,
  result: PicProcessResult | undefined,
): ReadonlyArray<JobOutput> =>
  (result === undefined
    ? []
    : result.UploadResult === undefined
      ? [result.ObjectName]
      : (result.UploadResult.ProcessResults?.Object ?? []).map((object) => object.Key)
  ).flatMap((key) => outputAt(output, undefined, key))
