// The public surface: explicit re-exports only, no logic.

export { parseCallback } from './parse-callback'
export { isWorkflowJob } from './guards'
export { formatCallbackError } from './format-error'
export {
  matchCallbackError,
  type BodyFormat,
  type CallbackError,
  type InvalidArgument,
  type InvalidPayload,
  type LimitExceeded,
  type MalformedBody,
  type MalformedReason,
  type PayloadIssue,
  type UnsupportedContentType,
} from './errors'
export type { CallbackBody } from './body'
export { DEFAULT_OPTIONS, MAX_DEPTH_LIMIT, type ParseOptions } from './options'

// Codecs: each shares its name with its static type.
export { CiCallback, TaskFinishCallback, type CiCallbackWire, type TaskFinishCallbackWire } from './codecs/callback'
export { JobsDetail, type JobsDetailWire } from './codecs/jobs-detail'
export {
  SmartCoverJob,
  SmartCoverOperation,
  SmartCover,
  type SmartCoverJobWire,
  type SmartCoverOperationWire,
} from './codecs/jobs/smart-cover'
export { GenericJob, GenericJobTag, type GenericJobWire } from './codecs/jobs/generic-job'
export { JOB_TAGS, type JobTag } from './codecs/jobs/job-tags'
export { JobState } from './codecs/job-base'
export { Input, type InputWire } from './codecs/input'
export { CosHeader, CosHeaders } from './codecs/cos-headers'
export { Workflow } from './codecs/workflow'
export { Operation, TemplateId, TemplateName, UserData, JobLevel, type OperationWire } from './codecs/operation'
export { Output } from './codecs/output'
export { MediaResult, OutputFile, Md5Info } from './codecs/media-result'
export {
  MediaInfo,
  MediaInfoFormat,
  MediaInfoStream,
  VideoStream,
  AudioStream,
  SubtitleStream,
  type MediaInfoWire,
} from './codecs/media-info'
export {
  DateFromTencentTime,
  DateOrUnsetFromTencentTime,
  NumberFromWire,
  IntegerFromWire,
  BooleanFromWire,
  parseTencentTime,
  formatTencentTime,
  alias,
} from './codecs/scalars'
export { oneOf } from './codecs/one-of'

// AI / recognition job Tags (issue 8)
export {
  VideoTagJob,
  VideoTagOperation,
  VideoTag,
  type VideoTagJobWire,
  type VideoTagOperationWire,
} from './codecs/jobs/video-tag'
export {
  VideoTagResult,
  VideoTagData,
  VideoTagLabel,
  VideoTagDetection,
  VideoTagCategory,
  PersonTag,
  PlaceTag,
  ActionTag,
  ObjectTag,
  BBox,
} from './codecs/nodes/video-tag-result'
export {
  QualityEstimateJob,
  QualityEstimateOperation,
  QualityEstimate,
  QualityEstimateConfig,
  QualityEstimateItem,
  type QualityEstimateJobWire,
  type QualityEstimateOperationWire,
} from './codecs/jobs/quality-estimate'
export {
  SpeechRecognitionJob,
  SpeechRecognitionOperation,
  SpeechRecognition,
  type SpeechRecognitionJobWire,
  type SpeechRecognitionOperationWire,
} from './codecs/jobs/speech-recognition'
export {
  SpeechRecognitionResult,
  FlashResult,
  FlashSentence,
  FlashWord,
  ResultDetail,
  RecognisedWord,
} from './codecs/nodes/speech-recognition-result'
export {
  TranslationJob,
  TranslationOperation,
  Translation,
  type TranslationJobWire,
  type TranslationOperationWire,
} from './codecs/jobs/translation'
export {
  WordsGeneralizeJob,
  WordsGeneralizeOperation,
  WordsGeneralize,
  WordsGeneralizeResult,
  WordsGeneralizeLabel,
  WordsGeneralizeToken,
  type WordsGeneralizeJobWire,
  type WordsGeneralizeOperationWire,
} from './codecs/jobs/words-generalize'
export {
  PicProcessJob,
  PicProcessOperation,
  PicProcess,
  type PicProcessJobWire,
  type PicProcessOperationWire,
} from './codecs/jobs/pic-process'
export {
  PicProcessResult,
  PicProcessFlatResult,
  PicProcessUploadResult,
  OriginalInfo,
  ImageInfo,
  ProcessedImage,
  ProcessedObject,
  type PicProcessResultWire,
} from './codecs/nodes/pic-process-result'
export {
  PosterProductionJob,
  PosterProductionOperation,
  PosterProduction,
  type PosterProductionJobWire,
  type PosterProductionOperationWire,
} from './codecs/jobs/poster-production'
export {
  ImageInspectJob,
  ImageInspectOperation,
  ImageInspect,
  ImageInspectResult,
  type ImageInspectJobWire,
  type ImageInspectOperationWire,
} from './codecs/jobs/image-inspect'
export {
  ImageOCRJob,
  ImageOCROperation,
  ImageOCR,
  type ImageOCRJobWire,
  type ImageOCROperationWire,
} from './codecs/jobs/image-ocr'
export {
  ImageOcrDetection,
  TextDetection,
  OcrPoint,
  OcrBox,
  OcrCharacter,
  OcrWordPolygon,
} from './codecs/nodes/image-ocr-detection'
export {
  VideoTargetRecJob,
  VideoTargetRecOperation,
  VideoTargetRec,
  type VideoTargetRecJobWire,
  type VideoTargetRecOperationWire,
} from './codecs/jobs/video-target-rec'
export {
  VideoTargetRecResult,
  TargetFrame,
  RecognisedTarget,
  TargetLocation,
} from './codecs/nodes/video-target-rec-result'
export {
  SoundHoundJob,
  SoundHoundOperation,
  SoundHoundResult,
  Song,
  type SoundHoundJobWire,
  type SoundHoundOperationWire,
} from './codecs/jobs/sound-hound'
export {
  VocalScoreJob,
  VocalScoreOperation,
  VocalScore,
  VocalScoreResult,
  ScoreBreakdown,
  type VocalScoreJobWire,
  type VocalScoreOperationWire,
} from './codecs/jobs/vocal-score'
export {
  DnaJob,
  DnaOperation,
  DnaConfig,
  DnaResult,
  DnaDetection,
  DnaMatch,
  type DnaJobWire,
  type DnaOperationWire,
} from './codecs/jobs/dna'
