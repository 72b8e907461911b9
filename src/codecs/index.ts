/**
 * The io-ts codecs the library decodes with, for code that validates a node on its own, composes
 * its own codecs or encodes a value back to its wire form:
 * `import { TranscodeJob } from 'tencent-ci-callback/codecs'`. Each codec shares its name with its
 * static type; a handler that only reads decoded callbacks needs none of them (the main entry
 * exports the types).
 *
 * @module tencent-ci-callback/codecs
 */

// The callback envelopes: the union, TaskFinish, workflow and unknown callbacks.
export { CiCallback, TaskFinishCallback, type CiCallbackWire, type TaskFinishCallbackWire } from './envelope/callback'
export { JobsDetail, type JobsDetailWire } from './job/jobs-detail'
export { UnknownJob } from './job/unknown-job'
export { UnknownCallback } from './envelope/unknown-callback'
export { RESULT_NODE_TAGS } from './tags/registry'
export {
  WorkflowFinishCallback,
  WorkflowStartCallback,
  type WorkflowFinishCallbackWire,
  type WorkflowStartCallbackWire,
} from './envelope/workflow-callback'
export { WorkflowExecution, type WorkflowExecutionWire } from './envelope/workflow-execution'
export {
  WorkflowTask,
  WorkflowResultInfo,
  WorkflowObjectInfo,
  type WorkflowTaskWire,
  type WorkflowObjectInfoWire,
  type WorkflowResultInfoWire,
} from './envelope/workflow-task'

// What every job shares: its state, input, operation, output, workflow and COS headers.
export { JobState } from './job/job-base'
export { Input, type InputWire } from './job/input'
export { CosHeader, CosHeaders, type CosHeaderWire } from './job/cos-headers'
export { Workflow, type WorkflowWire } from './job/workflow'
export { Operation, TemplateId, TemplateName, UserData, JobLevel, type OperationWire } from './job/operation'
export { Output, type OutputWire } from './job/output'
export {
  MediaResult,
  OutputFile,
  Md5Info,
  SpriteOutputFile,
  type Md5InfoWire,
  type OutputFileWire,
  type MediaResultWire,
  type SpriteOutputFileWire,
} from './job/media-result'
export {
  MediaInfo,
  MediaInfoFormat,
  MediaInfoStream,
  VideoStream,
  AudioStream,
  SubtitleStream,
  type MediaInfoWire,
  type MediaInfoFormatWire,
  type VideoStreamWire,
  type AudioStreamWire,
  type SubtitleStreamWire,
  type MediaInfoStreamWire,
} from './job/media-info'

// Content moderation: Detail and Simple callbacks, their jobs and verdict nodes.
export { ModerationInteger, ModerationNumber, ModerationTime, CosHeaderMap } from './moderation/numbers'
export {
  SceneInfo,
  OcrResult,
  ObjectResult,
  HitLocation,
  type HitLocationWire,
  type OcrResultWire,
  type ObjectResultWire,
  type SceneInfoWire,
} from './moderation/verdict'
export {
  AudioSection,
  VideoSnapshot,
  TextSection,
  PageResult,
  SceneLabels,
  type PageResults,
  type PageResultsWire,
  type AudioSectionWire,
  type VideoSnapshotWire,
  type TextSectionWire,
  type PageResultWire,
  type SceneLabelsWire,
} from './moderation/sections'
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
} from './moderation/detail-jobs'
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
} from './moderation/detail'
export {
  ReviewImageSimple,
  ReviewTextSimple,
  ReviewAudioSimple,
  ReviewVideoSimple,
  ReviewDocumentSimple,
  ReviewHtmlSimple,
  SimpleSceneInfo,
  type ModerationSimple,
  type ModerationSimpleData,
  type ModerationSimpleWire,
  type ModerationSimpleCallback,
  type SimpleSceneInfoWire,
} from './moderation/simple'
export { ModerationTestRequest, type ModerationTestRequestWire } from './moderation/test-request'

// The codec kit: scalars read from wire text, one-of, partial and fast structs, raw trees.
export { RawTree } from './kit/raw-tree'
export {
  DateFromTencentTime,
  DateOrUnsetFromTencentTime,
  NumberFromWire,
  IntegerFromWire,
  BooleanFromWire,
  alias,
} from './kit/scalars'
export { oneOf } from './kit/one-of'
export type { PartialStruct } from './kit/partial'
export type { FastStruct } from './kit/fast-struct'

// Job API answers (submit and query responses).
export { JobsResponse } from '../job-response/jobs-response'
export { WorkflowExecutionsResponse } from '../job-response/workflow-executions-response'

// The job Tags, and the parameter and result nodes they share.
export * from './tags/media-tags'
export * from './tags/ai-tags'
export * from './tags/file-tags'
export * from './nodes/index'
