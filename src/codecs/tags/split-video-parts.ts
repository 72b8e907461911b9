import * as t from 'io-ts'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const SplitVideoPartsC = partial(
  {
    /** Splitting mode, text (the Go SDK documents no values). */
    Mode: t.string,
  },
  'SplitVideoParts',
)
/**
 * `Operation.SplitVideoParts`: the scene-splitting parameters echoed from the request (Go SDK).
 *
 * @example
 * import { SplitVideoParts } from 'tencent-ci-callback/codecs'
 * SplitVideoParts.is({ Mode: 'SHOTDETECT' }) // true
 */
export interface SplitVideoParts extends t.TypeOf<typeof SplitVideoPartsC> {}
/** `SplitVideoParts` as it is on the wire. */
export interface SplitVideoPartsWire extends t.OutputOf<typeof SplitVideoPartsC> {}
export const SplitVideoParts: t.Type<SplitVideoParts, SplitVideoPartsWire> = SplitVideoPartsC

const SplitVideoTimeInfoC = partial(
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
/**
 * One part found, in `SplitVideoInfoResult.TimeInfo`. The Go SDK keeps every field as text and no
 * published callback shows one, so they stay text (seconds, by the field names).
 *
 * @example
 * import { SplitVideoTimeInfo } from 'tencent-ci-callback/codecs'
 * SplitVideoTimeInfo.is({ Index: '0', PartBegin: '0.000', PartEnd: '4.520' }) // true
 */
export interface SplitVideoTimeInfo extends t.TypeOf<typeof SplitVideoTimeInfoC> {}
/** `SplitVideoTimeInfo` as it is on the wire. */
export interface SplitVideoTimeInfoWire extends t.OutputOf<typeof SplitVideoTimeInfoC> {}
export const SplitVideoTimeInfo: t.Type<SplitVideoTimeInfo, SplitVideoTimeInfoWire> = SplitVideoTimeInfoC

const SplitVideoInfoResultC = partial(
  {
    /** The parts found, in order; always a list. */
    TimeInfo: t.array(SplitVideoTimeInfo),
  },
  'SplitVideoInfoResult',
)
/**
 * `Operation.SplitVideoInfoResult`: the parts the video was split into.
 *
 * @example
 * import { SplitVideoInfoResult } from 'tencent-ci-callback/codecs'
 * SplitVideoInfoResult.is({ TimeInfo: [{ Index: '0', PartBegin: '0', PartEnd: '4.52' }] }) // true
 */
export interface SplitVideoInfoResult extends t.TypeOf<typeof SplitVideoInfoResultC> {}
/** `SplitVideoInfoResult` as it is on the wire. */
export interface SplitVideoInfoResultWire extends t.OutputOf<typeof SplitVideoInfoResultC> {}
export const SplitVideoInfoResult: t.Type<SplitVideoInfoResult, SplitVideoInfoResultWire> = SplitVideoInfoResultC

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
export const SplitVideoPartsOperation: t.Type<SplitVideoPartsOperation, SplitVideoPartsOperationWire> =
  SplitVideoPartsOperationC

/**
 * A finished SplitVideoParts (scene splitting) job, as `JobsDetail` carries it.
 *
 * @example
 * import { SplitVideoPartsJob } from 'tencent-ci-callback/codecs'
 * SplitVideoPartsJob.decode({ Tag: 'SplitVideoParts', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'SplitVideoParts', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface SplitVideoPartsJob extends Job<'SplitVideoParts', SplitVideoPartsOperation> {}
/** `SplitVideoPartsJob` as it is on the wire. */
export interface SplitVideoPartsJobWire extends JobWire<'SplitVideoParts', SplitVideoPartsOperationWire> {}
export const SplitVideoPartsJob: JobCodec<SplitVideoPartsJob, SplitVideoPartsJobWire> = defineJob(
  'SplitVideoParts',
  SplitVideoPartsOperation,
  {
    resultNode: 'SplitVideoInfoResult',
  },
)
