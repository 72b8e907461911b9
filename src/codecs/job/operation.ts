import * as t from 'io-ts'
import { MediaInfo } from './media-info'
import { MediaResult } from './media-result'
import { Output } from './output'
import { IntegerFromWire, alias } from '../kit/scalars'
import { partial } from '../kit/partial'

/**
 * ID of the template the job ran with (`t…`), exact text.
 *
 * @example
 * import { TemplateId } from 'tencent-ci-callback/codecs'
 * TemplateId.is('t1995d523e42df4c5e858f244b4174360c') // true
 */
export const TemplateId = alias('TemplateId', t.string, 'text')
export type TemplateId = t.TypeOf<typeof TemplateId>

/**
 * Name of that template; returned when `TemplateId` is.
 *
 * @example
 * import { TemplateName } from 'tencent-ci-callback/codecs'
 * TemplateName.is('trans_993874') // true
 */
export const TemplateName = alias('TemplateName', t.string, 'text')
export type TemplateName = t.TypeOf<typeof TemplateName>

/**
 * The caller's pass-through string from the job request (printable ASCII, up to 1024 chars), exact text.
 *
 * @example
 * import { UserData } from 'tencent-ci-callback/codecs'
 * UserData.is('This is my SmartCover job.') // true
 */
export const UserData = alias('UserData', t.string, 'text')
export type UserData = t.TypeOf<typeof UserData>

/**
 * Job priority: `0`, `1` or `2` (higher runs first).
 *
 * @example
 * import { JobLevel } from 'tencent-ci-callback/codecs'
 * JobLevel.decode('0') // Right(0)
 */
export const JobLevel = alias('JobLevel', IntegerFromWire, 'a job level like "0"')
export type JobLevel = t.TypeOf<typeof JobLevel>

/**
 * The codecs of the `Operation` fields every job Tag may carry, as a named type: each Tag's
 * operation type refers to it instead of spelling its fields out again in the declarations.
 */
export type OperationProps = {
  /** Template the job ran with. */
  TemplateId: typeof TemplateId
  /** That template's name. */
  TemplateName: typeof TemplateName
  /** Where the job was told to write (placeholders unexpanded). */
  Output: typeof Output
  /** The files the job wrote; absent until it completes. */
  MediaResult: typeof MediaResult
  /** Media information of the output. */
  MediaInfo: typeof MediaInfo
  /** The caller's pass-through string. */
  UserData: typeof UserData
  /** Job priority. */
  JobLevel: typeof JobLevel
}

/** The `Operation` fields every job Tag may carry; per-Tag operations add their own. */
export const operationProps: OperationProps = {
  TemplateId,
  TemplateName,
  Output,
  MediaResult,
  MediaInfo,
  UserData,
  JobLevel,
}

const OperationC = partial(operationProps, 'Operation')

/**
 * `JobsDetail.Operation` as every Tag has it: the request echo and the shared result nodes.
 * Tag-specific nodes (`SmartCover`, `Transcode`, …) pass through; per-Tag codecs type them.
 *
 * @example
 * import { Operation } from 'tencent-ci-callback/codecs'
 * Operation.decode({ UserData: 'x', JobLevel: '0' }) // Right({ UserData: 'x', JobLevel: 0 })
 */
export interface Operation extends t.TypeOf<typeof OperationC> {}
/** `Operation` as it is on the wire. */
export interface OperationWire extends t.OutputOf<typeof OperationC> {}
export const Operation: t.Type<Operation, OperationWire, unknown> = OperationC
