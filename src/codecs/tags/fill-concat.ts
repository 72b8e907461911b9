import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * One item of `FillConcat.FillInput` (always a list): an input and the gap it fills.
 *
 * @example
 * import { FillInput } from 'tencent-ci-callback/codecs'
 * FillInput.decode({ Url: 'https://b.cos.ap-chongqing.myqcloud.com/a.mp4', FillTime: '5' })
 * // Right({ Url: 'https://b.cos.ap-chongqing.myqcloud.com/a.mp4', FillTime: 5 })
 */
export const FillInput = partial(
  {
    /** URL of the input. */
    Url: t.string,
    /** Length of filler inserted, seconds. */
    FillTime: NumberFromWire,
  },
  'FillInput',
)
/** The static type of the `FillInput` codec. */
export type FillInput = t.TypeOf<typeof FillInput>

/**
 * `Operation.FillConcat`: the fill-and-concat parameters echoed from the request (Go SDK field list).
 *
 * @example
 * import { FillConcat } from 'tencent-ci-callback/codecs'
 * FillConcat.is({ Format: 'mp4', RefMode: 'Designated', RefIndex: '1' }) // true
 */
export const FillConcat = partial(
  {
    /** Output format (`mp4`, …). */
    Format: t.string,
    /** The inputs joined, always a list. */
    FillInput: t.array(FillInput),
    /** How the reference input is chosen (its encoding is used for the output), as sent (text). */
    RefMode: t.string,
    /** Index of the reference input, as sent (text; the Java SDK spells the element `Reflndex`). */
    RefIndex: t.string,
  },
  'FillConcat',
)
/** The static type of the `FillConcat` codec. */
export type FillConcat = t.TypeOf<typeof FillConcat>

const FillConcatOperationC = jobOperation('FillConcatOperation', {
  /** The fill-and-concat parameters. */
  FillConcat: FillConcat,
})

/**
 * `Operation` of a FillConcat job: the shared nodes plus `FillConcat`. No documented callback sample: the
 * fields follow the Go SDK.
 *
 * @example
 * import { FillConcatOperation } from 'tencent-ci-callback/codecs'
 * FillConcatOperation.decode({ FillConcat: { Format: 'mp4' } }) // Right({ FillConcat: { Format: 'mp4' } })
 */
export interface FillConcatOperation extends t.TypeOf<typeof FillConcatOperationC> {}
/** `FillConcatOperation` as it is on the wire. */
export interface FillConcatOperationWire extends t.OutputOf<typeof FillConcatOperationC> {}
/**
 * The io-ts codec for `FillConcatOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { FillConcatOperation } from 'tencent-ci-callback/codecs'
 * FillConcatOperation.decode({ FillConcat: { Format: 'mp4' } }) // Right({ FillConcat: { Format: 'mp4' } })
 */
export const FillConcatOperation: t.Type<FillConcatOperation, FillConcatOperationWire, unknown> = FillConcatOperationC

const FillConcatJobC = defineJob('FillConcat', FillConcatOperation)

/**
 * A finished FillConcat (gap-filling concatenation) job, as `JobsDetail` carries it.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // const job = callback.JobsDetail[0]; if (job.Tag === 'FillConcat') job.Operation // FillConcatOperation
 */
export interface FillConcatJob extends t.TypeOf<typeof FillConcatJobC> {}
/** `FillConcatJob` as it is on the wire. */
export interface FillConcatJobWire extends t.OutputOf<typeof FillConcatJobC> {}
/**
 * The io-ts codec for `FillConcatJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { FillConcatJob } from 'tencent-ci-callback/codecs'
 * FillConcatJob.is(job) // true for a decoded FillConcat job
 */
export const FillConcatJob: JobCodec<'FillConcat', FillConcatJob, FillConcatJobWire> = FillConcatJobC
