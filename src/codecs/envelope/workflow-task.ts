import * as t from 'io-ts'
import { JobState } from '../job/job-base'
import { DateFromTencentTime, DateOrUnsetFromTencentTime, IntegerFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'
import { fastStruct } from '../kit/fast-struct'

const WorkflowObjectInfoC = partial(
  {
    /** Key of the file written. */
    ObjectName: t.string,
    /** URL of the file written. */
    ObjectUrl: t.string,
    /** Key of the input it was made from. */
    InputObjectName: t.string,
    /** Error code for this file, if it failed. */
    Code: t.string,
    /** Error text for this file, if it failed. */
    Message: t.string,
  },
  'WorkflowObjectInfo',
)
/**
 * One file a workflow node wrote (`Tasks[].ResultInfo.ObjectInfo[]` / `SpriteObjectInfo[]`).
 *
 * @example
 * import { WorkflowObjectInfo } from 'tencent-ci-callback/codecs'
 * WorkflowObjectInfo.is({ ObjectName: 'out/cover-0.jpg' }) // true
 */
export interface WorkflowObjectInfo extends t.TypeOf<typeof WorkflowObjectInfoC> {}
/** `WorkflowObjectInfo` as it is on the wire. */
export interface WorkflowObjectInfoWire extends t.OutputOf<typeof WorkflowObjectInfoC> {}
export const WorkflowObjectInfo: t.Type<WorkflowObjectInfo, WorkflowObjectInfoWire, unknown> = WorkflowObjectInfoC

const WorkflowResultInfoC = partial(
  {
    /** Number of files written. */
    ObjectCount: IntegerFromWire,
    /** Number of sprite images written (Snapshot). */
    SpriteObjectCount: IntegerFromWire,
    /** The files written: always a list. */
    ObjectInfo: t.array(WorkflowObjectInfo),
    /** The sprite images written: always a list. */
    SpriteObjectInfo: t.array(WorkflowObjectInfo),
  },
  'WorkflowResultInfo',
)
/**
 * `Tasks[].ResultInfo`: what a workflow node produced (newer callbacks only).
 *
 * @example
 * import { WorkflowResultInfo } from 'tencent-ci-callback/codecs'
 * WorkflowResultInfo.decode({ ObjectCount: '1', ObjectInfo: [{ ObjectName: 'a.jpg' }] })
 */
export interface WorkflowResultInfo extends t.TypeOf<typeof WorkflowResultInfoC> {}
/** `WorkflowResultInfo` as it is on the wire. */
export interface WorkflowResultInfoWire extends t.OutputOf<typeof WorkflowResultInfoC> {}
export const WorkflowResultInfo: t.Type<WorkflowResultInfo, WorkflowResultInfoWire, unknown> = WorkflowResultInfoC

const WorkflowTaskC = fastStruct(
  'WorkflowTask',
  {
    /** The node's job type: `Snapshot`, `Transcode`, `SmartCover`, … (also non-job nodes such as `SCF`). */
    Type: t.string,
  },
  {
    /** ID of the job the node ran, exact text. */
    JobId: t.string,
    /** `Success` or `Failed`. */
    State: JobState,
    /** Node name, e.g. `Snapshot_1581665960536`. */
    Name: t.string,
    /** When the node's job was created (`2022-08-09 14:54:40+0800` on the wire). */
    CreateTime: DateFromTencentTime,
    /** When it started; `undefined` for `-`. */
    StartTime: DateOrUnsetFromTencentTime,
    /** When it ended; `undefined` for `-`. */
    EndTime: DateOrUnsetFromTencentTime,
    /** Error code when failed. */
    Code: t.string,
    /** Error text when failed. */
    Message: t.string,
    /** Template the node ran with. */
    TemplateId: t.string,
    /** That template's name. */
    TemplateName: t.string,
    /** Transcode template (SDRtoHDR, VideoProcess, SuperResolution nodes). */
    TranscodeTemplateId: t.string,
    /** That transcode template's name. */
    TranscodeTemplateName: t.string,
    /** HDR mode of an SDRtoHDR node. */
    HdrMode: t.string,
    /** What the node produced. */
    ResultInfo: WorkflowResultInfo,
  },
)

/**
 * One node of a workflow run (`WorkflowExecution.Tasks[]`). Only `Type` is required: the rest
 * depends on the node and on how far the run got.
 *
 * @example
 * import { WorkflowTask } from 'tencent-ci-callback/codecs'
 * WorkflowTask.decode({ Type: 'Snapshot', JobId: 'j1', CreateTime: '2022-08-09 14:54:40+0800' })
 */
export interface WorkflowTask extends t.TypeOf<typeof WorkflowTaskC> {}
/** `WorkflowTask` as it is on the wire. */
export interface WorkflowTaskWire extends t.OutputOf<typeof WorkflowTaskC> {}
export const WorkflowTask: t.Type<WorkflowTask, WorkflowTaskWire, unknown> = WorkflowTaskC
