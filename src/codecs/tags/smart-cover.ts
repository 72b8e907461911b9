import * as t from 'io-ts'
import { BooleanFromWire, IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const SmartCoverC = partial(
  {
    /** Image format of the covers: `jpg`, `png` or `webp`. */
    Format: t.string,
    /** Cover width, pixels. */
    Width: IntegerFromWire,
    /** Cover height, pixels. */
    Height: IntegerFromWire,
    /** Number of covers asked for (1–10). */
    Count: IntegerFromWire,
    /** Whether near-duplicate covers were dropped. */
    DeleteDuplicates: BooleanFromWire,
  },
  'SmartCover',
)
/**
 * `Operation.SmartCover`: the smart-cover parameters echoed from the request.
 *
 * @example
 * import { SmartCover } from 'tencent-ci-callback/codecs'
 * SmartCover.decode({ Count: '5', DeleteDuplicates: 'false' }) // Right({ Count: 5, DeleteDuplicates: false })
 */
export interface SmartCover extends t.TypeOf<typeof SmartCoverC> {}
/** `SmartCover` as it is on the wire. */
export interface SmartCoverWire extends t.OutputOf<typeof SmartCoverC> {}
export const SmartCover: t.Type<SmartCover, SmartCoverWire> = SmartCoverC

const SmartCoverOperationC = jobOperation('SmartCoverOperation', {
  /** The smart-cover parameters (absent when a template supplied them). */
  SmartCover: SmartCover,
})

/**
 * `Operation` of a SmartCover job: the shared nodes plus `SmartCover`. The covers written are
 * `MediaResult.OutputFile.ObjectName`.
 *
 * @example
 * import { SmartCoverOperation } from 'tencent-ci-callback/codecs'
 * SmartCoverOperation.decode({ SmartCover: { Count: '5' } }) // Right({ SmartCover: { Count: 5 } })
 */
export interface SmartCoverOperation extends t.TypeOf<typeof SmartCoverOperationC> {}
/** `SmartCoverOperation` as it is on the wire. */
export interface SmartCoverOperationWire extends t.OutputOf<typeof SmartCoverOperationC> {}
export const SmartCoverOperation: t.Type<SmartCoverOperation, SmartCoverOperationWire> = SmartCoverOperationC

/**
 * A finished SmartCover (intelligent thumbnail) job, as `JobsDetail` carries it.
 *
 * @example
 * import { SmartCoverJob } from 'tencent-ci-callback/codecs'
 * SmartCoverJob.decode({ Tag: 'SmartCover', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'SmartCover', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface SmartCoverJob extends Job<'SmartCover', SmartCoverOperation> {}
/** `SmartCoverJob` as it is on the wire. */
export interface SmartCoverJobWire extends JobWire<'SmartCover', SmartCoverOperationWire> {}
export const SmartCoverJob: JobCodec<SmartCoverJob, SmartCoverJobWire> = defineJob('SmartCover', SmartCoverOperation)
