/**
 * Typed, validated parsing of Tencent Cloud Infinite (CI) job callbacks: start from
 * `parseCallback` (a body and its `Content-Type`) or `parseRequest` (a Fetch `Request`), which
 * return a `Result`. The Node request helpers are in `tencent-ci-callback/node`, the io-ts codecs in
 * `tencent-ci-callback/codecs`, fixtures for tests in `tencent-ci-callback/testing`.
 *
 * @module tencent-ci-callback
 */

// The user API: explicit re-exports only, no logic. The codecs themselves are in `tencent-ci-callback/codecs`;
// this entry exports their types only, which cost nothing at run time.

// Parsing: a body, a Fetch `Request` or a job API answer in, a `Result` out; and the HTTP answer to send.
export { parseCallback, type Result } from './parse-callback'
export { parseRequest } from './http/parse-request'
export { toHttpResponse, type HttpResponse } from './http/http-response'
export type { RequestLike, ByteStream, ByteStreamReader } from './http/request-like'
export { secretMatches } from './http/secret-matches'
export type { CallbackBody } from './body'
export { parseJobResponse } from './job-response/parse-job-response'
export type { JobResponse } from './job-response/job-response'
export type { JobResponseOptions } from './job-response/options'
export type { AuditingResponse, AuditingResponseOf } from './job-response/auditing-response'
export type { JobsResponse, WorkflowExecutionsResponse } from './codecs/index'

// Encoding a decoded value back to its wire form.
export { encodeCallback } from './encode/encode-callback'
export { encodeJobResponse } from './job-response/encode-job-response'
export type { JobResponseWire } from './job-response/stamp'

// Errors, their matcher and their text; the optional values a graded decode left out.
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
  type LimitUnit,
  type MalformedBody,
  type MalformedReason,
  type PayloadIssue,
  type UnsupportedContentType,
} from './errors'

// Options and limits.
export { DEFAULT_OPTIONS, MAX_DEPTH_LIMIT, MAX_ITEMS_LIMIT, MAX_TEXT_LENGTH_LIMIT } from './options'
export type { InvalidFieldsPolicy, ParseOptions, UnknownPolicy } from './options'
export { xmlParserOptions as XML_PARSER_OPTIONS } from './xml/parser-options'

// Guards and job helpers: narrowing a job, its outputs, its failure, its COS headers.
export { isWorkflowJob } from './guards'
export { jobOutputs } from './job-helpers/job-outputs'
export type { JobOutput } from './job-helpers/job-output'
export { TAG_OUTPUT_READERS, type TagOutputReader } from './codecs/tags/registry'
export { cosHeaders, cosHeaderLookup, type CosHeaderLookup } from './job-helpers/cos-header-lookup'
export { jobFailure, type JobFailure } from './job-helpers/job-failure'
export { parseTencentTime, formatTencentTime } from './codecs/kit/scalars'

// Message-queue delivery (CMQ, CKafka): where a callback came from.
export type { Delivery, Delivered } from './delivery/delivery'

// The names a callback is known by: event names, job Tags, moderation kinds.
export { EVENT_NAMES } from './codecs/envelope/callback'
export { JOB_TAGS, type JobTag } from './codecs/tags/registry'
export { MODERATION_KINDS, type ModerationKind } from './codecs/moderation/kinds'
export { TEST_REQUEST_MESSAGE } from './codecs/moderation/test-request'

// The callbacks: the union a parse decodes to, each variant, and their wire forms.
export type { CiCallback, TaskFinishCallback, WorkflowFinishCallback, WorkflowStartCallback } from './codecs/index'
export type { UnknownCallback, JobsDetail, UnknownJob, WorkflowExecution, WorkflowTask } from './codecs/index'
export type { WorkflowResultInfo, WorkflowObjectInfo } from './codecs/index'
export type { CiCallbackWire, TaskFinishCallbackWire, WorkflowFinishCallbackWire } from './codecs/index'
export type { WorkflowStartCallbackWire, JobsDetailWire, WorkflowExecutionWire, WorkflowTaskWire } from './codecs/index'

// What every job shares: state, input, operation, output, workflow, COS headers, media results and info.
export type { JobState, Input, Operation, Output, Workflow, CosHeader, CosHeaders, TemplateId } from './codecs/index'
export type { TemplateName, UserData, JobLevel, MediaResult, OutputFile, Md5Info } from './codecs/index'
export type { SpriteOutputFile, MediaInfo, MediaInfoFormat, MediaInfoStream, VideoStream } from './codecs/index'
export type { AudioStream, SubtitleStream, RawTree } from './codecs/index'

// Content moderation: Detail and Simple callbacks, their jobs and verdict nodes.
export type { ModerationDetailCallback, ModerationSimpleCallback, ModerationDetail } from './codecs/index'
export type { ModerationSimple, ModerationTestRequest, ReviewImageJob, ReviewImageDetail } from './codecs/index'
export type { ReviewImageSimple, ReviewTextJob, ReviewTextDetail, ReviewTextSimple } from './codecs/index'
export type { ReviewAudioJob, ReviewAudioDetail, ReviewAudioSimple, ReviewVideoJob } from './codecs/index'
export type { ReviewVideoDetail, ReviewVideoSimple, ReviewDocumentJob, ReviewDocumentDetail } from './codecs/index'
export type { ReviewDocumentSimple, ReviewHtmlJob, ReviewHtmlDetail, ReviewHtmlSimple, SceneInfo } from './codecs/index'
export type { SimpleSceneInfo, OcrResult, ObjectResult, HitLocation, CosHeaderMap } from './codecs/index'
export type { AudioSection, VideoSnapshot, TextSection, PageResult, PageResults, SceneLabels } from './codecs/index'
export type { ModerationSimpleData } from './codecs/index'
export type { ModerationDetailWire, ModerationSimpleWire, ModerationTestRequestWire } from './codecs/index'

// The job of each Tag, and its operation (the nodes below them are typed in `tencent-ci-callback/codecs`).
export type { AnimationJob, ConcatJob, DigitalWatermarkJob, DnaJob, DocAIGCMetadataJob } from './codecs/index'
export type { DocProcessJob, DocWatermarkJob, ExtractDigitalWatermarkJob, FileCompressJob } from './codecs/index'
export type { FileHashCodeJob, FileUncompressJob, FillConcatJob, GeneratePlayListJob } from './codecs/index'
export type { ImageInspectJob, ImageOCRJob, MediaInfoJob, NoiseReductionJob, PicProcessJob } from './codecs/index'
export type { PosterProductionJob, QualityEstimateJob, SDRtoHDRJob, SegmentJob } from './codecs/index'
export type { SegmentVideoBodyJob, SmartCoverJob, SnapshotJob, SoundHoundJob } from './codecs/index'
export type { SpeechRecognitionJob, SplitVideoPartsJob, StreamExtractJob, SuperResolutionJob } from './codecs/index'
export type { TranscodeJob, TranslationJob, TtsJob, VideoEnhanceJob, VideoMontageJob } from './codecs/index'
export type { VideoProcessJob, VideoSynthesisJob, VideoTagJob, VideoTargetRecJob, VocalScoreJob } from './codecs/index'
export type { VoiceSeparateJob, WatermarkJob, WordsGeneralizeJob } from './codecs/index'
export type { AnimationOperation, ConcatOperation, DigitalWatermarkOperation, DnaOperation } from './codecs/index'
export type { DocAIGCMetadataOperation, DocProcessOperation, DocWatermarkOperation } from './codecs/index'
export type { ExtractDigitalWatermarkOperation, FileCompressOperation, FileHashCodeOperation } from './codecs/index'
export type { FileUncompressOperation, FillConcatOperation, GeneratePlayListOperation } from './codecs/index'
export type { ImageInspectOperation, ImageOCROperation, MediaInfoOperation } from './codecs/index'
export type { NoiseReductionOperation, PicProcessOperation, PosterProductionOperation } from './codecs/index'
export type { QualityEstimateOperation, SDRtoHDROperation, SegmentOperation } from './codecs/index'
export type { SegmentVideoBodyOperation, SmartCoverOperation, SnapshotOperation } from './codecs/index'
export type { SoundHoundOperation, SpeechRecognitionOperation, SplitVideoPartsOperation } from './codecs/index'
export type { StreamExtractOperation, SuperResolutionOperation, TranscodeOperation } from './codecs/index'
export type { TranslationOperation, TtsOperation, VideoEnhanceOperation, VideoMontageOperation } from './codecs/index'
export type { VideoProcessOperation, VideoSynthesisOperation, VideoTagOperation } from './codecs/index'
export type { VideoTargetRecOperation, VocalScoreOperation, VoiceSeparateOperation } from './codecs/index'
export type { WatermarkOperation, WordsGeneralizeOperation } from './codecs/index'
