import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const FillInputC = partial(
  {
    /** URL of the input. */
    Url: t.string,
    /** Length of filler inserted, seconds. */
    FillTime: NumberFromWire,
  },
  'FillInput',
)
/**
 * One item of `FillConcat.FillInput` (always a list): an input and the gap it fills.
 *
 * @example
 * import { FillInput } from 'tencent-ci-callback/codecs'
 * FillInput.decode({ Url: 'https://b.cos.ap-chongqing.myqcloud.com/a.mp4', FillTime: '5' })
 * // Right({ Url: 'https://b.cos.ap-chongqing.myqcloud.com/a.mp4', FillTime: 5 })
 */
export interface FillInput extends t.TypeOf<typeof FillInputC> {}
/** `FillInput` as it is on the wire. */
export interface FillInputWire extends t.OutputOf<typeof FillInputC> {}
export const FillInput: t.Type<FillInput, FillInputWire> = FillInputC

const FillConcatC = partial(
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
/**
 * `Operation.FillConcat`: the fill-and-concat parameters echoed from the request (Go SDK field list).
 *
 * @example
 * import { FillConcat } from 'tencent-ci-callback/codecs'
 * FillConcat.is({ Format: 'mp4', RefMode: 'Designated', RefIndex: '1' }) // true
 */
export interface FillConcat extends t.TypeOf<typeof FillConcatC> {}
/** `FillConcat` as it is on the wire. */
export interface FillConcatWire extends t.OutputOf<typeof FillConcatC> {}
export const FillConcat: t.Type<FillConcat, FillConcatWire> = FillConcatC

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
export const FillConcatOperation: t.Type<FillConcatOperation, FillConcatOperationWire> = FillConcatOperationC

/**
 * A finished FillConcat (gap-filling concatenation) job, as `JobsDetail` carries it.
 *
 * @example
 * import { FillConcatJob } from 'tencent-ci-callback/codecs'
 * FillConcatJob.decode({ Tag: 'FillConcat', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'FillConcat', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface FillConcatJob extends Job<'FillConcat', FillConcatOperation> {}
/** `FillConcatJob` as it is on the wire. */
export interface FillConcatJobWire extends JobWire<'FillConcat', FillConcatOperationWire> {}
export const FillConcatJob: JobCodec<FillConcatJob, FillConcatJobWire> = defineJob('FillConcat', FillConcatOperation)
