import * as t from 'io-ts'
import { JobsDetail } from './jobs-detail'
import { alias } from './scalars'

const TaskFinishCallbackC = t.type(
  {
    /** Always `TaskFinish` for a job callback. */
    EventName: t.literal('TaskFinish'),
    /** The finished jobs: always a list, usually of one. */
    JobsDetail: t.array(JobsDetail),
  },
  'TaskFinishCallback',
)

/**
 * A job callback (`EventName` `TaskFinish`), XML `<Response>` or JSON, normalised.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // parseCallback(body, 'application/xml') → Right({ EventName: 'TaskFinish', JobsDetail: [ … ] })
 */
export interface TaskFinishCallback extends t.TypeOf<typeof TaskFinishCallbackC> {}
/** `TaskFinishCallback` as it is on the wire. */
export interface TaskFinishCallbackWire extends t.OutputOf<typeof TaskFinishCallbackC> {}
/**
 * The io-ts codec for `TaskFinishCallback`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { TaskFinishCallback } from 'tencent-ci-callback'
 * TaskFinishCallback.is({ EventName: 'TaskFinish', JobsDetail: [] }) // true
 */
export const TaskFinishCallback: t.Type<TaskFinishCallback, TaskFinishCallbackWire, unknown> = TaskFinishCallbackC

/**
 * Any callback this library decodes. Today that is the job callback; workflow and moderation
 * callbacks join this union as their codecs land.
 *
 * @example
 * import type { CiCallback } from 'tencent-ci-callback'
 * const jobIds = (cb: CiCallback) => cb.JobsDetail.map((job) => job.JobId)
 */
export type CiCallback = TaskFinishCallback
/** `CiCallback` as it is on the wire. */
export type CiCallbackWire = TaskFinishCallbackWire
/**
 * The io-ts codec for `CiCallback`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { CiCallback } from 'tencent-ci-callback'
 * CiCallback.decode(tree) // tree: a callback body already parsed and normalised
 */
export const CiCallback: t.Type<CiCallback, CiCallbackWire, unknown> = alias(
  'CiCallback',
  TaskFinishCallback,
  'a Tencent CI callback object',
)
