import * as t from 'io-ts'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.SplitVideoParts`: the scene-splitting parameters echoed from the request (Go SDK).
 *
 * @example
 * import { SplitVideoParts } from 'tencent-ci-callback/codecs'
 * SplitVideoParts.is({ Mode: 'SHOTDETECT' }) // true
 */
export const SplitVideoParts = partial(
  {
    /** Splitting mode, text (the Go SDK documents no values). */
    Mode: t.string,
  },
  'SplitVideoParts',
)
/** The static type of the `SplitVideoParts` codec. */
export type SplitVideoParts = t.TypeOf<typeof SplitVideoParts>

/**
 * One part found, in `SplitVideoInfoResult.TimeInfo`. The Go SDK keeps every field as text and no
 * published callback shows one, so they stay text (seconds, by the field names).
 *
 * @example
 * import { SplitVideoTimeInfo } from 'tencent-ci-callback/codecs'
 * SplitVideoTimeInfo.is({ Index: '0', PartBegin: '0.000', PartEnd: '4.520' }) // true
 */
export const SplitVideoTimeInfo = partial(
  {
    /** Index of the part, from 0, text. */
    Index: t.string,
    /** Start of the part, text (seconds). */
    PartBegin: t.string,
    /** End of the part, text (seconds). */
    PartEnd: t.string,
  },
  'SplitVideoTimeInfo',
)
/** The static type of the `SplitVideoTimeInfo` codec. */
export type SplitVideoTimeInfo = t.TypeOf<typeof SplitVideoTimeInfo>

/**
 * `Operation.SplitVideoInfoResult`: the parts the video was split into.
 *
 * @example
 * import { SplitVideoInfoResult } from 'tencent-ci-callback/codecs'
 * SplitVideoInfoResult.is({ TimeInfo: [{ Index: '0', PartBegin: '0', PartEnd: '4.52' }] }) // true
 */
export const SplitVideoInfoResult = partial(
  {
    /** The parts found, in order; always a list. */
    TimeInfo: t.array(SplitVideoTimeInfo),
  },
  'SplitVideoInfoResult',
)
/** The static type of the `SplitVideoInfoResult` codec. */
export type SplitVideoInfoResult = t.TypeOf<typeof SplitVideoInfoResult>

const SplitVideoPartsOperationC = jobOperation('SplitVideoPartsOperation', {
  /** The splitting parameters. */
  SplitVideoParts: SplitVideoParts,
  /** The parts found: the job's result. */
  SplitVideoInfoResult: SplitVideoInfoResult,
})

/**
 * `Operation` of a SplitVideoParts (scene splitting) job: the shared nodes plus `SplitVideoParts` and
 * the result `SplitVideoInfoResult.TimeInfo`.
 *
 * @example
 * import { SplitVideoPartsOperation } from 'tencent-ci-callback/codecs'
 * SplitVideoPartsOperation.decode({ SplitVideoInfoResult: { TimeInfo: [{ Index: '0' }] } }) // Right(…)
 */
export interface SplitVideoPartsOperation extends t.TypeOf<typeof SplitVideoPartsOperationC> {}
/** `SplitVideoPartsOperation` as it is on the wire. */
export interface SplitVideoPartsOperationWire extends t.OutputOf<typeof SplitVideoPartsOperationC> {}
/**
 * The io-ts codec for `SplitVideoPartsOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SplitVideoPartsOperation } from 'tencent-ci-callback/codecs'
 * SplitVideoPartsOperation.decode({ SplitVideoInfoResult: { TimeInfo: [{ Index: '0' }] } }) // Right(…)
 */
export const SplitVideoPartsOperation: t.Type<SplitVideoPartsOperation, SplitVideoPartsOperationWire, unknown> =
  SplitVideoPartsOperationC

const SplitVideoPartsJobC = defineJob('SplitVideoParts', SplitVideoPartsOperation)

/**
 * A finished SplitVideoParts (scene splitting) job, as `JobsDetail` carries it.
 *
 * @example
 * import { SplitVideoPartsJob } from 'tencent-ci-callback/codecs'
 * // SplitVideoPartsJob.decode(tree) where tree is one normalised JobsDetail element
 */
export interface SplitVideoPartsJob extends t.TypeOf<typeof SplitVideoPartsJobC> {}
/** `SplitVideoPartsJob` as it is on the wire. */
export interface SplitVideoPartsJobWire extends t.OutputOf<typeof SplitVideoPartsJobC> {}
/**
 * The io-ts codec for `SplitVideoPartsJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SplitVideoPartsJob } from 'tencent-ci-callback/codecs'
 * SplitVideoPartsJob.is(job) // true for a decoded SplitVideoParts job
 */
export const SplitVideoPartsJob: JobCodec<'SplitVideoParts', SplitVideoPartsJob, SplitVideoPartsJobWire> =
  SplitVideoPartsJobC
