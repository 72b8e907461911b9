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
