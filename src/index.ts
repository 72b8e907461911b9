/**
 * Typed, validated parsing of Tencent Cloud Infinite (CI) job callbacks: start from
 * `parseCallback` (a body and its `Content-Type`) or `parseRequest` (a Fetch `Request`), which
 * return a `Result`. The Node request helpers are in `tencent-ci-callback/node`, fixtures for tests
 * in `tencent-ci-callback/testing`.
 *
 * @module tencent-ci-callback
 */

// The public surface: explicit re-exports only, no logic.

export { parseCallback, type Result } from './parse-callback'
export { isWorkflowJob } from './guards'
export { formatCallbackError } from './format-error'
export { formatDropped } from './format-dropped'
export type { DroppedField, Graded } from './graded/dropped'
export type { PathStep } from './locate/path-steps'
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
export {
  DEFAULT_OPTIONS,
  MAX_DEPTH_LIMIT,
  type InvalidFieldsPolicy,
  type ParseOptions,
  type UnknownPolicy,
} from './options'
export { MAX_ITEMS_LIMIT, MAX_TEXT_LENGTH_LIMIT } from './options'
export type { LimitUnit } from './errors'
export type { Delivery, Delivered } from './delivery/delivery'

// Codecs: each shares its name with its static type.
export { CiCallback, TaskFinishCallback, type CiCallbackWire, type TaskFinishCallbackWire } from './codecs/callback'
export { EVENT_NAMES } from './codecs/callback'
export { JobsDetail, type JobsDetailWire } from './codecs/jobs-detail'
export { UnknownJob } from './codecs/unknown-job'
export { UnknownCallback } from './codecs/unknown-callback'
export { RawTree } from './codecs/raw-tree'
export { RESULT_NODE_TAGS } from './codecs/tag-inference'
export {
  WorkflowFinishCallback,
  WorkflowStartCallback,
  type WorkflowFinishCallbackWire,
  type WorkflowStartCallbackWire,
} from './codecs/workflow-callback'
export { WorkflowExecution, type WorkflowExecutionWire } from './codecs/workflow-execution'
export { WorkflowTask, WorkflowResultInfo, WorkflowObjectInfo, type WorkflowTaskWire } from './codecs/workflow-task'
export { MODERATION_KINDS, type ModerationKind } from './codecs/moderation/kinds'
export { ModerationInteger, ModerationNumber, ModerationTime, CosHeaderMap } from './codecs/moderation/numbers'
export { SceneInfo, OcrResult, ObjectResult, HitLocation } from './codecs/moderation/verdict'
export {
  ReviewImageJob,
  ReviewTextJob,
  ReviewAudioJob,
  ReviewVideoJob,
  ReviewDocumentJob,
  ReviewHtmlJob,
  type ReviewImageJobWire,
  type ReviewTextJobWire,
  type ReviewAudioJobWire,
  type ReviewVideoJobWire,
  type ReviewDocumentJobWire,
  type ReviewHtmlJobWire,
} from './codecs/moderation/detail-jobs'
export {
  ReviewImageDetail,
  ReviewTextDetail,
  ReviewAudioDetail,
  ReviewVideoDetail,
  ReviewDocumentDetail,
  ReviewHtmlDetail,
  type ModerationDetail,
  type ModerationDetailWire,
  type ModerationDetailCallback,
} from './codecs/moderation/detail'
export {
  ReviewImageSimple,
  ReviewTextSimple,
  ReviewAudioSimple,
  ReviewVideoSimple,
  ReviewDocumentSimple,
  ReviewHtmlSimple,
  SimpleSceneInfo,
  type ModerationSimple,
  type ModerationSimpleWire,
  type ModerationSimpleCallback,
} from './codecs/moderation/simple'
export {
  ModerationTestRequest,
  TEST_REQUEST_MESSAGE,
  type ModerationTestRequestWire,
} from './codecs/moderation/test-request'
export {
  SmartCoverJob,
  SmartCoverOperation,
  SmartCover,
  type SmartCoverJobWire,
  type SmartCoverOperationWire,
} from './codecs/jobs/smart-cover'
export { JOB_TAGS, type JobTag } from './codecs/jobs/job-tags'
export { JobState } from './codecs/job-base'
export { Input, type InputWire } from './codecs/input'
export { CosHeader, CosHeaders } from './codecs/cos-headers'
export { Workflow } from './codecs/workflow'
export { Operation, TemplateId, TemplateName, UserData, JobLevel, type OperationWire } from './codecs/operation'
export { Output } from './codecs/output'
export { MediaResult, OutputFile, Md5Info } from './codecs/media-result'
export { SpriteOutputFile } from './codecs/media-result'
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

// Media-processing job Tags and their transcode-parameter nodes (tags-media).
export { Container, ClipConfig } from './codecs/nodes/container'
export { Video, VideoColorParam } from './codecs/nodes/video'
export { Audio } from './codecs/nodes/audio'
export { TimeInterval } from './codecs/nodes/time-interval'
export { HlsEncrypt } from './codecs/nodes/hls-encrypt'
export { TransConfig } from './codecs/nodes/trans-config'
export { AudioMix, EffectConfig } from './codecs/nodes/audio-mix'
export { Watermark, WatermarkImage, WatermarkText, WatermarkSlideConfig } from './codecs/nodes/watermark'
export { RemoveWatermark } from './codecs/nodes/remove-watermark'
export { DigitalWatermark } from './codecs/nodes/digital-watermark'
export { Subtitles, Subtitle } from './codecs/nodes/subtitles'
export { Transcode } from './codecs/nodes/transcode'
export { ConcatTemplate, ConcatFragment, SceneChangeInfo } from './codecs/nodes/concat-template'
export { SDRtoHDR } from './codecs/nodes/sdr-to-hdr'
export { ColorEnhance } from './codecs/nodes/color-enhance'
export { MsSharpen } from './codecs/nodes/ms-sharpen'
export { SuperResolution } from './codecs/nodes/super-resolution'
export {
  TranscodeJob,
  TranscodeOperation,
  type TranscodeJobWire,
  type TranscodeOperationWire,
} from './codecs/jobs/transcode'
export {
  AnimationJob,
  AnimationOperation,
  Animation,
  type AnimationJobWire,
  type AnimationOperationWire,
} from './codecs/jobs/animation'
export { ConcatJob, ConcatOperation, type ConcatJobWire, type ConcatOperationWire } from './codecs/jobs/concat'
export {
  VideoMontageJob,
  VideoMontageOperation,
  VideoMontage,
  type VideoMontageJobWire,
  type VideoMontageOperationWire,
} from './codecs/jobs/video-montage'
export {
  SDRtoHDRJob,
  SDRtoHDROperation,
  type SDRtoHDRJobWire,
  type SDRtoHDROperationWire,
} from './codecs/jobs/sdr-to-hdr'
export {
  VideoProcessJob,
  VideoProcessOperation,
  VideoProcess,
  type VideoProcessJobWire,
  type VideoProcessOperationWire,
} from './codecs/jobs/video-process'
export {
  SuperResolutionJob,
  SuperResolutionOperation,
  type SuperResolutionJobWire,
  type SuperResolutionOperationWire,
} from './codecs/jobs/super-resolution'
export {
  SegmentJob,
  SegmentOperation,
  Segment,
  type SegmentJobWire,
  type SegmentOperationWire,
} from './codecs/jobs/segment'
export {
  DigitalWatermarkJob,
  DigitalWatermarkOperation,
  type DigitalWatermarkJobWire,
  type DigitalWatermarkOperationWire,
} from './codecs/jobs/digital-watermark'
export {
  VideoEnhanceJob,
  VideoEnhanceOperation,
  VideoEnhance,
  FrameEnhance,
  type VideoEnhanceJobWire,
  type VideoEnhanceOperationWire,
} from './codecs/jobs/video-enhance'
export {
  GeneratePlayListJob,
  GeneratePlayListOperation,
  type GeneratePlayListJobWire,
  type GeneratePlayListOperationWire,
} from './codecs/jobs/generate-play-list'
export {
  WatermarkJob,
  WatermarkOperation,
  type WatermarkJobWire,
  type WatermarkOperationWire,
} from './codecs/jobs/watermark'
export {
  FillConcatJob,
  FillConcatOperation,
  FillConcat,
  FillInput,
  type FillConcatJobWire,
  type FillConcatOperationWire,
} from './codecs/jobs/fill-concat'
export {
  VideoSynthesisJob,
  VideoSynthesisOperation,
  VideoSynthesis,
  SpliceInfo,
  type VideoSynthesisJobWire,
  type VideoSynthesisOperationWire,
} from './codecs/jobs/video-synthesis'
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
// Job Tags (tags-misc)
export {
  SnapshotJob,
  SnapshotOperation,
  Snapshot,
  SpriteSnapshotConfig,
  SnapshotOutput,
  type SnapshotJobWire,
  type SnapshotOperationWire,
} from './codecs/jobs/snapshot'
export {
  VoiceSeparateJob,
  VoiceSeparateOperation,
  VoiceSeparate,
  VoiceSeparateAudioConfig,
  VoiceSeparateOutput,
  type VoiceSeparateJobWire,
  type VoiceSeparateOperationWire,
} from './codecs/jobs/voice-separate'
export {
  ExtractDigitalWatermarkJob,
  ExtractDigitalWatermarkOperation,
  ExtractDigitalWatermark,
  type ExtractDigitalWatermarkJobWire,
  type ExtractDigitalWatermarkOperationWire,
} from './codecs/jobs/extract-digital-watermark'
export {
  MediaInfoJob,
  MediaInfoOperation,
  type MediaInfoJobWire,
  type MediaInfoOperationWire,
} from './codecs/jobs/media-info'
export {
  TtsJob,
  TtsOperation,
  TtsTpl,
  TtsConfig,
  TtsOperationInput,
  type TtsJobWire,
  type TtsOperationWire,
} from './codecs/jobs/tts'
export {
  NoiseReductionJob,
  NoiseReductionOperation,
  NoiseReduction,
  type NoiseReductionJobWire,
  type NoiseReductionOperationWire,
} from './codecs/jobs/noise-reduction'
export {
  StreamExtractJob,
  StreamExtractOperation,
  StreamExtract,
  StreamExtractOutput,
  type StreamExtractJobWire,
  type StreamExtractOperationWire,
} from './codecs/jobs/stream-extract'
export {
  DocProcessJob,
  DocProcessOperation,
  DocProcess,
  DocProcessPageInfo,
  DocProcessWatermarkInfo,
  DocProcessResult,
  type DocProcessJobWire,
  type DocProcessOperationWire,
} from './codecs/jobs/doc-process'
export {
  FileCompressJob,
  FileCompressOperation,
  FileCompressPrefixConfig,
  FileCompressKeyConfig,
  FileCompressConfig,
  FileCompressErrorDetail,
  FileCompressResult,
  type FileCompressJobWire,
  type FileCompressOperationWire,
} from './codecs/jobs/file-compress'
export {
  FileUncompressJob,
  FileUncompressOperation,
  FileUncompressDownloadConfig,
  FileUncompressConfig,
  FileUncompressResult,
  type FileUncompressJobWire,
  type FileUncompressOperationWire,
} from './codecs/jobs/file-uncompress'
export {
  FileHashCodeJob,
  FileHashCodeOperation,
  FileHashCodeConfig,
  FileHashCodeResult,
  type FileHashCodeJobWire,
  type FileHashCodeOperationWire,
} from './codecs/jobs/file-hash-code'
export {
  SegmentVideoBodyJob,
  SegmentVideoBodyOperation,
  SegmentVideoBody,
  type SegmentVideoBodyJobWire,
  type SegmentVideoBodyOperationWire,
} from './codecs/jobs/segment-video-body'
export {
  SplitVideoPartsJob,
  SplitVideoPartsOperation,
  SplitVideoParts,
  SplitVideoTimeInfo,
  SplitVideoInfoResult,
  type SplitVideoPartsJobWire,
  type SplitVideoPartsOperationWire,
} from './codecs/jobs/split-video-parts'
export {
  DocWatermarkJob,
  DocWatermarkOperation,
  DocWatermark,
  DocWatermarkResult,
  type DocWatermarkJobWire,
  type DocWatermarkOperationWire,
} from './codecs/jobs/doc-watermark'
export {
  DocAIGCMetadataJob,
  DocAIGCMetadataOperation,
  DocAIGCMetadata,
  type DocAIGCMetadataJobWire,
  type DocAIGCMetadataOperationWire,
} from './codecs/jobs/doc-aigc-metadata'
export { AIGCMetadata } from './codecs/nodes/aigc-metadata'
// Job helpers (tags-misc)
export { jobOutputs } from './job-helpers/job-outputs'
export type { JobOutput } from './job-helpers/job-output'
export { TAG_OUTPUT_READERS, type TagOutputReader } from './job-helpers/tag-outputs'
export { cosHeaders, cosHeaderLookup, type CosHeaderLookup } from './job-helpers/cos-header-lookup'
export { jobFailure, type JobFailure } from './job-helpers/job-failure'
// Request helpers for the Fetch API (no `node:` modules, no `Buffer`): see also `tencent-ci-callback/node`.
export { parseRequest } from './http/parse-request'
export { toHttpResponse, type HttpResponse } from './http/http-response'
export type { RequestLike, ByteStream, ByteStreamReader } from './http/request-like'
export { secretMatches } from './http/secret-matches'
// Encoding back to the wire.
export { encodeCallback } from './encode/encode-callback'

// Job API answers (submit and query responses): `GET /jobs/<JobId>` and the like.
export { parseJobResponse } from './job-response/parse-job-response'
export { encodeJobResponse } from './job-response/encode-job-response'
export type { JobResponse } from './job-response/job-response'
export type { JobResponseOptions } from './job-response/options'
export type { JobResponseWire } from './job-response/stamp'
export { JobsResponse } from './job-response/jobs-response'
export { WorkflowExecutionsResponse } from './job-response/workflow-executions-response'
export type { AuditingResponse, AuditingResponseOf } from './job-response/auditing-response'

// The fast-xml-parser options the library parses with (frozen): to parse exactly as it does.
export { xmlParserOptions as XML_PARSER_OPTIONS } from './xml/parser-options'

// Types that exported codecs and functions refer to (wire forms, node shapes).
export type {
  ActionTagWire,
  BBoxWire,
  ObjectTagWire,
  PersonTagWire,
  PlaceTagWire,
  VideoTagCategoryWire,
  VideoTagDataWire,
  VideoTagDetectionWire,
  VideoTagLabelWire,
  VideoTagResultWire,
} from './codecs/nodes/video-tag-result'
export type { PartialStruct } from './codecs/partial'
export type { FastStruct } from './codecs/jobs/fast-struct'
export type { DnaDetectionWire, DnaMatchWire, DnaResultWire } from './codecs/jobs/dna'
export type {
  FlashResultWire,
  FlashSentenceWire,
  FlashWordWire,
  RecognisedWordWire,
  ResultDetailWire,
  SpeechRecognitionResultWire,
} from './codecs/nodes/speech-recognition-result'
export type {
  ImageInfoWire,
  OriginalInfoWire,
  PicProcessFlatResultWire,
  PicProcessUploadResultWire,
  ProcessedObjectWire,
} from './codecs/nodes/pic-process-result'
export type { ImageInspectResultWire } from './codecs/jobs/image-inspect'
export type {
  ImageOcrDetectionWire,
  OcrBoxWire,
  OcrCharacterWire,
  OcrPointWire,
  OcrWordPolygonWire,
  TextDetectionWire,
} from './codecs/nodes/image-ocr-detection'
export type { QualityEstimateWire, QualityEstimateItemWire } from './codecs/jobs/quality-estimate'
export type {
  RecognisedTargetWire,
  TargetFrameWire,
  TargetLocationWire,
  VideoTargetRecResultWire,
} from './codecs/nodes/video-target-rec-result'
export type { ScoreBreakdownWire, VocalScoreResultWire } from './codecs/jobs/vocal-score'
export type { SongWire, SoundHoundResultWire } from './codecs/jobs/sound-hound'
export type {
  WordsGeneralizeLabelWire,
  WordsGeneralizeResultWire,
  WordsGeneralizeTokenWire,
} from './codecs/jobs/words-generalize'
