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
export { CiCallback, TaskFinishCallback, type CiCallbackWire, type TaskFinishCallbackWire } from './callback'
export { JobsDetail, type JobsDetailWire } from './jobs-detail'
export { UnknownJob } from './unknown-job'
export { UnknownCallback } from './unknown-callback'
export { RESULT_NODE_TAGS } from './tag-inference'
export {
  WorkflowFinishCallback,
  WorkflowStartCallback,
  type WorkflowFinishCallbackWire,
  type WorkflowStartCallbackWire,
} from './workflow-callback'
export { WorkflowExecution, type WorkflowExecutionWire } from './workflow-execution'
export { WorkflowTask, WorkflowResultInfo, WorkflowObjectInfo, type WorkflowTaskWire } from './workflow-task'

// What every job shares: its state, input, operation, output, workflow and COS headers.
export { JobState } from './job-base'
export { Input, type InputWire } from './input'
export { CosHeader, CosHeaders } from './cos-headers'
export { Workflow } from './workflow'
export { Operation, TemplateId, TemplateName, UserData, JobLevel, type OperationWire } from './operation'
export { Output } from './output'
export { MediaResult, OutputFile, Md5Info, SpriteOutputFile } from './media-result'
export {
  MediaInfo,
  MediaInfoFormat,
  MediaInfoStream,
  VideoStream,
  AudioStream,
  SubtitleStream,
  type MediaInfoWire,
} from './media-info'

// Content moderation: Detail and Simple callbacks, their jobs and verdict nodes.
export { ModerationInteger, ModerationNumber, ModerationTime, CosHeaderMap } from './moderation/numbers'
export { SceneInfo, OcrResult, ObjectResult, HitLocation } from './moderation/verdict'
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
  type ModerationSimpleWire,
  type ModerationSimpleCallback,
} from './moderation/simple'
export { ModerationTestRequest, type ModerationTestRequestWire } from './moderation/test-request'

// The codec kit: scalars read from wire text, one-of, partial and fast structs, raw trees.
export { RawTree } from './raw-tree'
export {
  DateFromTencentTime,
  DateOrUnsetFromTencentTime,
  NumberFromWire,
  IntegerFromWire,
  BooleanFromWire,
  alias,
} from './scalars'
export { oneOf } from './one-of'
export type { PartialStruct } from './partial'
export type { FastStruct } from './jobs/fast-struct'

// Job API answers (submit and query responses).
export { JobsResponse } from '../job-response/jobs-response'
export { WorkflowExecutionsResponse } from '../job-response/workflow-executions-response'

// The job Tags, and the parameter and result nodes they share.
export * from './jobs/media-tags'
export * from './jobs/ai-tags'
export * from './jobs/file-tags'
export * from './nodes/index'
