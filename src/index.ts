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
export { DEFAULT_OPTIONS, MAX_DEPTH_LIMIT, type ParseOptions, type UnknownPolicy } from './options'

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
export { SceneInfo } from './codecs/moderation/verdict'
export {
  ReviewImageJob,
  ReviewTextJob,
  ReviewAudioJob,
  ReviewVideoJob,
  ReviewDocumentJob,
  ReviewHtmlJob,
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
