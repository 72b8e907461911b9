import * as t from 'io-ts'
import { BooleanFromWire, IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.SmartCover`: the smart-cover parameters echoed from the request.
 *
 * @example
 * import { SmartCover } from 'tencent-ci-callback/codecs'
 * SmartCover.decode({ Count: '5', DeleteDuplicates: 'false' }) // Right({ Count: 5, DeleteDuplicates: false })
 */
export const SmartCover = partial(
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
/** The static type of the `SmartCover` codec. */
export type SmartCover = t.TypeOf<typeof SmartCover>

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
/**
 * The io-ts codec for `SmartCoverOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SmartCoverOperation } from 'tencent-ci-callback/codecs'
 * SmartCoverOperation.decode({ SmartCover: { Count: '5' } }) // Right({ SmartCover: { Count: 5 } })
 */
export const SmartCoverOperation: t.Type<SmartCoverOperation, SmartCoverOperationWire, unknown> = SmartCoverOperationC

const SmartCoverJobC = defineJob('SmartCover', SmartCoverOperation)

/**
 * A finished SmartCover (intelligent thumbnail) job, as `JobsDetail` carries it.
 *
 * @example
 * import { SmartCoverJob } from 'tencent-ci-callback/codecs'
 * // SmartCoverJob.decode(tree) where tree is one normalised JobsDetail element
 */
export interface SmartCoverJob extends t.TypeOf<typeof SmartCoverJobC> {}
/** `SmartCoverJob` as it is on the wire. */
export interface SmartCoverJobWire extends t.OutputOf<typeof SmartCoverJobC> {}
/**
 * The io-ts codec for `SmartCoverJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SmartCoverJob } from 'tencent-ci-callback/codecs'
 * SmartCoverJob.is(job) // true for a decoded SmartCover job
 */
export const SmartCoverJob: JobCodec<'SmartCover', SmartCoverJob, SmartCoverJobWire> = SmartCoverJobC
