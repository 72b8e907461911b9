import type { JobCodec } from './define-job'
import { SmartCoverJob } from './smart-cover'
// media processing
import { TranscodeJob } from './transcode'
import { AnimationJob } from './animation'
import { ConcatJob } from './concat'
import { VideoMontageJob } from './video-montage'
import { SDRtoHDRJob } from './sdr-to-hdr'
import { VideoProcessJob } from './video-process'
import { SuperResolutionJob } from './super-resolution'
import { SegmentJob } from './segment'
import { DigitalWatermarkJob } from './digital-watermark'
import { VideoEnhanceJob } from './video-enhance'
import { FillConcatJob } from './fill-concat'
import { VideoSynthesisJob } from './video-synthesis'
import { GeneratePlayListJob } from './generate-play-list'
import { WatermarkJob } from './watermark'
// AI / recognition
import { VideoTagJob } from './video-tag'
import { QualityEstimateJob } from './quality-estimate'
import { PicProcessJob } from './pic-process'
import { SpeechRecognitionJob } from './speech-recognition'
import { TranslationJob } from './translation'
import { WordsGeneralizeJob } from './words-generalize'
import { PosterProductionJob } from './poster-production'
import { ImageInspectJob } from './image-inspect'
import { ImageOCRJob } from './image-ocr'
import { VideoTargetRecJob } from './video-target-rec'
import { SoundHoundJob } from './sound-hound'
import { VocalScoreJob } from './vocal-score'
import { DnaJob } from './dna'
// media, audio, document and file utilities
import { SnapshotJob } from './snapshot'
import { VoiceSeparateJob } from './voice-separate'
import { ExtractDigitalWatermarkJob } from './extract-digital-watermark'
import { MediaInfoJob } from './media-info'
import { TtsJob } from './tts'
import { NoiseReductionJob } from './noise-reduction'
import { StreamExtractJob } from './stream-extract'
import { DocProcessJob } from './doc-process'
import { FileCompressJob } from './file-compress'
import { FileUncompressJob } from './file-uncompress'
import { FileHashCodeJob } from './file-hash-code'
import { SegmentVideoBodyJob } from './segment-video-body'
import { SplitVideoPartsJob } from './split-video-parts'
import { DocWatermarkJob } from './doc-watermark'
import { DocAIGCMetadataJob } from './doc-aigc-metadata'

/**
 * Every job Tag with its own codec module: adding a Tag is its module plus one line here.
 * `JobsDetail` dispatches on `Tag` through this list, which covers every Tag of `JOB_TAGS` (a test
 * checks it, and that `ModelledTag` is `JobTag`).
 */
export const JOB_CODECS = [
  SmartCoverJob,
  // media processing
  TranscodeJob,
  AnimationJob,
  ConcatJob,
  VideoMontageJob,
  SDRtoHDRJob,
  VideoProcessJob,
  SuperResolutionJob,
  SegmentJob,
  DigitalWatermarkJob,
  VideoEnhanceJob,
  FillConcatJob,
  VideoSynthesisJob,
  GeneratePlayListJob,
  WatermarkJob,
  // AI / recognition
  VideoTagJob,
  QualityEstimateJob,
  PicProcessJob,
  SpeechRecognitionJob,
  TranslationJob,
  WordsGeneralizeJob,
  PosterProductionJob,
  ImageInspectJob,
  ImageOCRJob,
  VideoTargetRecJob,
  SoundHoundJob,
  VocalScoreJob,
  DnaJob,
  // media, audio, document and file utilities
  SnapshotJob,
  VoiceSeparateJob,
  ExtractDigitalWatermarkJob,
  MediaInfoJob,
  TtsJob,
  NoiseReductionJob,
  StreamExtractJob,
  DocProcessJob,
  FileCompressJob,
  FileUncompressJob,
  FileHashCodeJob,
  SegmentVideoBodyJob,
  SplitVideoPartsJob,
  DocWatermarkJob,
  DocAIGCMetadataJob,
] as const

/** The Tags listed in `JOB_CODECS`. */
export type ModelledTag = (typeof JOB_CODECS)[number]['tag']

type JobOf<C> = C extends JobCodec<string, infer A, infer _O> ? A : never
type WireOf<C> = C extends JobCodec<string, infer _A, infer O> ? O : never

/** The decoded job of any Tag listed in `JOB_CODECS`: a union discriminated by `Tag`. */
export type ModelledJob = JobOf<(typeof JOB_CODECS)[number]>

/** `ModelledJob` as it is on the wire. */
export type ModelledJobWire = WireOf<(typeof JOB_CODECS)[number]>
