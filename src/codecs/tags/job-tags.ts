/**
 * Every job `Tag` Tencent documents: 43 strings, the 42 of the callback pages (catalog.md §5) and
 * `Watermark`, the visible-watermark job (its intl API page and the Go, Java and C++ SDKs submit it
 * on `POST /jobs`; `Watermark` is a template tag too). The job union is closed over these, so
 * `job.Tag === 'SmartCover'` narrows; a Tag outside the list decodes as an unknown job (or, with
 * `unknown: 'reject'`, is an `InvalidPayload`).
 *
 * @example
 * import { JOB_TAGS } from 'tencent-ci-callback'
 * JOB_TAGS.includes('SmartCover') // true
 */
export const JOB_TAGS = [
  'Transcode',
  'Snapshot',
  'Animation',
  'SmartCover',
  'Concat',
  'VoiceSeparate',
  'VideoMontage',
  'SDRtoHDR',
  'VideoProcess',
  'SuperResolution',
  'Segment',
  'DigitalWatermark',
  'ExtractDigitalWatermark',
  'MediaInfo',
  'VideoTag',
  'QualityEstimate',
  'Tts',
  'NoiseReduction',
  'StreamExtract',
  'PicProcess',
  'SpeechRecognition',
  'Translation',
  'WordsGeneralize',
  'DocProcess',
  'FileCompress',
  'FileUncompress',
  'FileHashCode',
  'ImageInspect',
  'ImageOCR',
  'VideoTargetRec',
  'SoundHound',
  'VocalScore',
  'DNA',
  'SegmentVideoBody',
  'SplitVideoParts',
  'VideoEnhance',
  'FillConcat',
  'VideoSynthesis',
  'PosterProduction',
  'GeneratePlayList',
  'DocWatermark',
  'DocAIGCMetadata',
  'Watermark',
] as const

/**
 * A documented job Tag.
 *
 * @example
 * import type { JobTag } from 'tencent-ci-callback'
 * const tag: JobTag = 'SmartCover'
 */
export type JobTag = (typeof JOB_TAGS)[number]
