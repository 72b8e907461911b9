import type { JobOutput } from '../../job-helpers/job-output'
import type { CosHeader } from '../job/cos-headers'
import type { JobsDetail } from '../job/jobs-detail'
import type { JobCodec } from './define-job'
import { TranscodeJob } from './transcode'
import { SnapshotJob } from './snapshot'
import { AnimationJob } from './animation'
import { SmartCoverJob } from './smart-cover'
import { ConcatJob } from './concat'
import { VoiceSeparateJob } from './voice-separate'
import { VideoMontageJob } from './video-montage'
import { SDRtoHDRJob } from './sdr-to-hdr'
import { VideoProcessJob } from './video-process'
import { SuperResolutionJob } from './super-resolution'
import { SegmentJob } from './segment'
import { DigitalWatermarkJob } from './digital-watermark'
import { ExtractDigitalWatermarkJob } from './extract-digital-watermark'
import { MediaInfoJob } from './media-info'
import { VideoTagJob } from './video-tag'
import { QualityEstimateJob } from './quality-estimate'
import { TtsJob } from './tts'
import { NoiseReductionJob } from './noise-reduction'
import { StreamExtractJob } from './stream-extract'
import { PicProcessJob } from './pic-process'
import { SpeechRecognitionJob } from './speech-recognition'
import { TranslationJob } from './translation'
import { WordsGeneralizeJob } from './words-generalize'
import { DocProcessJob } from './doc-process'
import { FileCompressJob } from './file-compress'
import { FileUncompressJob } from './file-uncompress'
import { FileHashCodeJob } from './file-hash-code'
import { ImageInspectJob } from './image-inspect'
import { ImageOCRJob } from './image-ocr'
import { VideoTargetRecJob } from './video-target-rec'
import { SoundHoundJob } from './sound-hound'
import { VocalScoreJob } from './vocal-score'
import { DnaJob } from './dna'
import { SegmentVideoBodyJob } from './segment-video-body'
import { SplitVideoPartsJob } from './split-video-parts'
import { VideoEnhanceJob } from './video-enhance'
import { FillConcatJob } from './fill-concat'
import { VideoSynthesisJob } from './video-synthesis'
import { PosterProductionJob } from './poster-production'
import { GeneratePlayListJob } from './generate-play-list'
import { DocWatermarkJob } from './doc-watermark'
import { DocAIGCMetadataJob } from './doc-aigc-metadata'
import { WatermarkJob } from './watermark'

/**
 * Every job Tag Tencent documents, by its codec: adding a Tag is its module plus one line here. Every
 * table about Tags (`JOB_TAGS`, `RESULT_NODE_TAGS`, `TAG_OUTPUT_READERS`…) is derived from this list
 * and the facts each Tag module states, and `JobsDetail` dispatches on `Tag` through it. The order is
 * that of `JOB_TAGS`: the callback pages' (catalog.md §5), then `Watermark`.
 */
export const JOB_CODECS = [
  TranscodeJob,
  SnapshotJob,
  AnimationJob,
  SmartCoverJob,
  ConcatJob,
  VoiceSeparateJob,
  VideoMontageJob,
  SDRtoHDRJob,
  VideoProcessJob,
  SuperResolutionJob,
  SegmentJob,
  DigitalWatermarkJob,
  ExtractDigitalWatermarkJob,
  MediaInfoJob,
  VideoTagJob,
  QualityEstimateJob,
  TtsJob,
  NoiseReductionJob,
  StreamExtractJob,
  PicProcessJob,
  SpeechRecognitionJob,
  TranslationJob,
  WordsGeneralizeJob,
  DocProcessJob,
  FileCompressJob,
  FileUncompressJob,
  FileHashCodeJob,
  ImageInspectJob,
  ImageOCRJob,
  VideoTargetRecJob,
  SoundHoundJob,
  VocalScoreJob,
  DnaJob,
  SegmentVideoBodyJob,
  SplitVideoPartsJob,
  VideoEnhanceJob,
  FillConcatJob,
  VideoSynthesisJob,
  PosterProductionJob,
  GeneratePlayListJob,
  DocWatermarkJob,
  DocAIGCMetadataJob,
  WatermarkJob,
] as const

type TagOf<C> = C extends { readonly tag: infer Tag } ? Tag : never

/** Each codec's `Tag`, in order, as a tuple of literals. */
type TagsOf<C extends ReadonlyArray<unknown>> = { readonly [K in keyof C]: TagOf<C[K]> }

// `map` keeps order and length, and reads each codec's own `tag`: the result is `TagsOf<C>`, which
// the overload states (TypeScript types a tuple's `map` as an array).
function tagsOf<C extends ReadonlyArray<{ readonly tag: string }>>(codecs: C): TagsOf<C>
function tagsOf(codecs: ReadonlyArray<{ readonly tag: string }>): ReadonlyArray<string> {
  return codecs.map((codec) => codec.tag)
}

/**
 * Every job `Tag` Tencent documents: 43 strings, the 42 of the callback pages (catalog.md §5) and
 * `Watermark`, the visible-watermark job (its intl API page and the Go, Java and C++ SDKs submit it
 * on `POST /jobs`; `Watermark` is a template tag too), each from its Tag module. The job union is
 * closed over these, so `job.Tag === 'SmartCover'` narrows; a Tag outside the list decodes as an
 * unknown job (or, with `unknown: 'reject'`, is an `InvalidPayload`).
 *
 * @example
 * import { JOB_TAGS } from 'tencent-ci-callback'
 * JOB_TAGS.includes('SmartCover') // true
 */
export const JOB_TAGS = tagsOf(JOB_CODECS)

/**
 * A documented job Tag.
 *
 * @example
 * import type { JobTag } from 'tencent-ci-callback'
 * const tag: JobTag = 'SmartCover'
 */
export type JobTag = (typeof JOB_TAGS)[number]

type Codec = (typeof JOB_CODECS)[number]

/** The Tags listed in `JOB_CODECS` (the same as `JobTag`). */
export type ModelledTag = Codec['tag']

type JobOf<C> = C extends JobCodec<infer A, infer _O> ? A : never
type WireOf<C> = C extends JobCodec<infer _A, infer O> ? O : never

/** The decoded job of any Tag listed in `JOB_CODECS`: a union discriminated by `Tag`. */
export type ModelledJob = JobOf<Codec>

/** `ModelledJob` as it is on the wire. */
export type ModelledJobWire = WireOf<Codec>

/**
 * Result nodes under `Operation` that only one job Tag writes (catalog.md Q10), from each Tag
 * module's `resultNode`: a job sent without `Tag` (Tencent's word-segmentation samples) gets the Tag
 * its result node names. Echo nodes (`Transcode`, `DigitalWatermark`…) are not used: several Tags
 * carry them.
 *
 * @example
 * import { RESULT_NODE_TAGS } from 'tencent-ci-callback/codecs'
 * new Map(RESULT_NODE_TAGS).get('DocProcessResult') // 'DocProcess'
 */
export const RESULT_NODE_TAGS: ReadonlyArray<readonly [node: string, tag: JobTag]> = JOB_CODECS.flatMap((codec) =>
  codec.resultNode === undefined ? [] : [[codec.resultNode, codec.tag] as const],
)

/**
 * Reads the objects one Tag writes outside `MediaResult` (an entry of `TAG_OUTPUT_READERS`).
 *
 * @example
 * import type { TagOutputReader } from 'tencent-ci-callback'
 * const none: TagOutputReader = () => []
 */
export type TagOutputReader = (job: JobsDetail) => ReadonlyArray<JobOutput>

/**
 * The per-Tag part of `jobOutputs`: for each Tag whose module says where its outputs are, a reader
 * of the objects that Tag reports outside `MediaResult.OutputFile` (which `jobOutputs` reads for every
 * Tag); `[]` for a job of another Tag.
 *
 * @example
 * import { TAG_OUTPUT_READERS } from 'tencent-ci-callback'
 * Object.keys(TAG_OUTPUT_READERS) // ['NoiseReduction', 'PicProcess', 'SpeechRecognition', 'DocProcess', …]
 */
export const TAG_OUTPUT_READERS: Readonly<Partial<Record<JobTag, TagOutputReader>>> = Object.fromEntries(
  JOB_CODECS.flatMap((codec) => (codec.outputs === undefined ? [] : [[codec.tag, codec.outputs] as const])),
)

/** For each Tag that has the triggering object's headers elsewhere than `Input.CosHeaders`, their reader. */
export const TAG_COS_HEADERS: ReadonlyMap<string, (job: JobsDetail) => ReadonlyArray<CosHeader> | undefined> = new Map(
  JOB_CODECS.flatMap((codec) => (codec.cosHeaders === undefined ? [] : [[codec.tag, codec.cosHeaders] as const])),
)
