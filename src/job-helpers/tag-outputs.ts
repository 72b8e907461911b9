import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import type { JobsDetail } from '../codecs/job/jobs-detail'
import type { JobTag } from '../codecs/tags/job-tags'
import { jobFailure } from './job-failure'
import { outputAt, type JobOutput } from './job-output'
import { partial } from '../codecs/kit/partial'

/**
 * Reads the objects one Tag writes outside `MediaResult` (an entry of `TAG_OUTPUT_READERS`).
 *
 * @example
 * import type { TagOutputReader } from 'tencent-ci-callback'
 * const none: TagOutputReader = () => []
 */
export type TagOutputReader = (job: JobsDetail) => ReadonlyArray<JobOutput>

/**
 * Jobs that report no `MediaResult` but write exactly one object, at the echoed `Output.Object`
 * (NoiseReduction in Tencent's sample, the document jobs): that key, once the job has not failed and
 * the key holds no unexpanded `${…}` placeholder.
 */
const echoedOutput: TagOutputReader = (job) => {
  const output = job.Operation?.Output
  const key = output?.Object
  if (jobFailure(job) !== undefined || key === undefined || key.includes('${')) return []
  return outputAt(output, undefined, key)
}

// Tags typed elsewhere (their modules may arrive at merge) are read through small local codecs over
// `job.Operation`, so this table works whether or not their nodes are typed on this branch.
const SpeechRecognitionFiles = partial({
  SpeechRecognitionResult: partial({ ObjectName: t.string, DetailObjectName: t.string }),
})
const ProcessedObject = partial({ Key: t.string })
const PicProcessFiles = partial({
  PicProcessResult: partial({
    /** Tencent's documented shape. */
    ObjectName: t.string,
    /** The Go SDK's shape: `UploadResult.ProcessResults.Object` (one, or several once normalised). */
    UploadResult: partial({
      ProcessResults: partial({ Object: t.union([ProcessedObject, t.array(ProcessedObject)]) }),
    }),
  }),
})

const readWith =
  <A>(codec: t.Decoder<unknown, A>, keys: (value: A) => ReadonlyArray<string | undefined>): TagOutputReader =>
  (job) => {
    const decoded = codec.decode(job.Operation)
    if (E.isLeft(decoded)) return []
    return keys(decoded.right).flatMap((key) => outputAt(job.Operation?.Output, undefined, key))
  }

/**
 * The per-Tag part of `jobOutputs`: for each Tag listed, a reader of the objects that Tag reports
 * outside `MediaResult.OutputFile` (which `jobOutputs` reads for every Tag). Adding a Tag is one entry.
 *
 * @example
 * import { TAG_OUTPUT_READERS } from 'tencent-ci-callback'
 * Object.keys(TAG_OUTPUT_READERS) // ['FileCompress', 'DocProcess', …]
 */
export const TAG_OUTPUT_READERS: Readonly<Partial<Record<JobTag, TagOutputReader>>> = {
  // The archive written: FileCompressResult names its bucket, region and key.
  FileCompress: (job) =>
    job.Tag === 'FileCompress'
      ? outputAt(job.Operation.FileCompressResult, job.Operation.Output, job.Operation.FileCompressResult?.Object)
      : [],
  // One object per page: DocProcessResult.PageInfo[].TgtUri, in the Output bucket.
  DocProcess: (job) =>
    job.Tag === 'DocProcess'
      ? (job.Operation.DocProcessResult?.PageInfo ?? []).flatMap((page) =>
          outputAt(job.Operation.Output, undefined, page.TgtUri),
        )
      : [],
  NoiseReduction: echoedOutput,
  DocWatermark: echoedOutput,
  DocAIGCMetadata: echoedOutput,
  // The transcript files: SpeechRecognitionResult.ObjectName and DetailObjectName, in the Output bucket.
  SpeechRecognition: readWith(SpeechRecognitionFiles, (op) => [
    op.SpeechRecognitionResult?.ObjectName,
    op.SpeechRecognitionResult?.DetailObjectName,
  ]),
  // The processed image, in either documented shape of PicProcessResult, in the Output bucket.
  PicProcess: readWith(PicProcessFiles, (op) => {
    const processed = op.PicProcessResult?.UploadResult?.ProcessResults?.Object
    const objects = processed === undefined ? [] : Array.isArray(processed) ? processed : [processed]
    return [op.PicProcessResult?.ObjectName, ...objects.map((object) => object.Key)]
  }),
}
