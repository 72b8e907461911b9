import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const DnaConfigC = partial(
  {
    /** What to do with the fingerprint, as sent (e.g. add it to the library, or search it). */
    RuleType: t.string,
    /** ID of the fingerprint library, exact text. */
    DnaDbId: t.string,
    /** ID of the video in the library, exact text. */
    VideoId: t.string,
  },
  'DnaConfig',
)
/**
 * `Operation.DnaConfig`: the video-fingerprint parameters echoed from the request.
 *
 * @example
 * import { DnaConfig } from 'tencent-ci-callback/codecs'
 * DnaConfig.is({ RuleType: 'GetSimilarVideo', DnaDbId: 'db1', VideoId: 'v1' }) // true
 */
export interface DnaConfig extends t.TypeOf<typeof DnaConfigC> {}
/** `DnaConfig` as it is on the wire. */
export interface DnaConfigWire extends t.OutputOf<typeof DnaConfigC> {}
export const DnaConfig: t.Type<DnaConfig, DnaConfigWire> = DnaConfigC

const DnaMatchC = partial(
  {
    /** Start of the stretch in the input (a number; the unit is not documented). */
    MatchStartTime: NumberFromWire,
    /** End of the stretch in the input (a number; the unit is not documented). */
    MatchEndTime: NumberFromWire,
    /** Start of the stretch in the library video (a number; the unit is not documented). */
    SrcStartTime: NumberFromWire,
    /** End of the stretch in the library video (a number; the unit is not documented). */
    SrcEndTime: NumberFromWire,
  },
  'DnaMatch',
)
/**
 * One matching stretch between the input and a library video (`Detection[i].MatchDetail[j]`).
 *
 * @example
 * import { DnaMatch } from 'tencent-ci-callback/codecs'
 * DnaMatch.decode({ MatchStartTime: '10', MatchEndTime: '25', SrcStartTime: '0', SrcEndTime: '15' })
 */
export interface DnaMatch extends t.TypeOf<typeof DnaMatchC> {}
/** `DnaMatch` as it is on the wire. */
export interface DnaMatchWire extends t.OutputOf<typeof DnaMatchC> {}
export const DnaMatch: t.Type<DnaMatch, DnaMatchWire> = DnaMatchC

const DnaDetectionC = partial(
  {
    /** ID of the similar video in the library, exact text. */
    VideoId: t.string,
    /** Similarity score (a number; the scale is not documented). */
    Similar: NumberFromWire,
    /** Length of the similar part (a number; the unit is not documented). */
    SimilarDuration: NumberFromWire,
    /** Length of the library video (a number; the unit is not documented). */
    Duration: NumberFromWire,
    /** The matching stretches; always a list. */
    MatchDetail: t.array(DnaMatch),
    /** Audio similarity (one item in practice; the Java SDK models a list); always a list. */
    Audio: t.array(
      partial(
        {
          /** Audio similarity score (a number; the scale is not documented). */
          Similar: NumberFromWire,
        },
        'DnaAudio',
      ),
    ),
  },
  'DnaDetection',
)
/**
 * A library video similar to the input (`DnaResult.Detection[i]`).
 *
 * @example
 * import { DnaDetection } from 'tencent-ci-callback/codecs'
 * DnaDetection.decode({ VideoId: 'v1', Similar: '87', MatchDetail: [{ MatchStartTime: '10' }] })
 */
export interface DnaDetection extends t.TypeOf<typeof DnaDetectionC> {}
/** `DnaDetection` as it is on the wire. */
export interface DnaDetectionWire extends t.OutputOf<typeof DnaDetectionC> {}
export const DnaDetection: t.Type<DnaDetection, DnaDetectionWire> = DnaDetectionC

const DnaResultC = partial(
  {
    /** ID of the input video in the library, exact text. */
    VideoId: t.string,
    /** Length of the input video (a number; the unit is not documented). */
    Duration: NumberFromWire,
    /** Similar library videos (the Go SDK keeps one, the Java SDK a list); always a list. */
    Detection: t.array(DnaDetection),
  },
  'DnaResult',
)
/**
 * The fingerprint result (`Operation.DnaResult` in the Go SDK, `Operation.DNAResult` in the Java
 * SDK: both names are accepted).
 *
 * @example
 * import { DnaResult } from 'tencent-ci-callback/codecs'
 * DnaResult.decode({ VideoId: 'v2', Duration: '120', Detection: [{ VideoId: 'v1', Similar: '87' }] })
 */
export interface DnaResult extends t.TypeOf<typeof DnaResultC> {}
/** `DnaResult` as it is on the wire. */
export interface DnaResultWire extends t.OutputOf<typeof DnaResultC> {}
export const DnaResult: t.Type<DnaResult, DnaResultWire> = DnaResultC

const DnaOperationC = jobOperation('DnaOperation', {
  /** The fingerprint parameters. */
  DnaConfig: DnaConfig,
  /** The fingerprint result (Go SDK name). */
  DnaResult: DnaResult,
  /** The fingerprint result (Java SDK name). */
  DNAResult: DnaResult,
})

/**
 * `Operation` of a DNA job: the shared nodes plus `DnaConfig` and the result under
 * `DnaResult` or `DNAResult` (whichever name Tencent sends).
 *
 * @example
 * import { DnaOperation } from 'tencent-ci-callback/codecs'
 * DnaOperation.decode({ DnaConfig: { DnaDbId: 'db1' } })
 */
export interface DnaOperation extends t.TypeOf<typeof DnaOperationC> {}
/** `DnaOperation` as it is on the wire. */
export interface DnaOperationWire extends t.OutputOf<typeof DnaOperationC> {}
export const DnaOperation: t.Type<DnaOperation, DnaOperationWire> = DnaOperationC

/**
 * A finished DNA (video fingerprint) job.
 *
 * @example
 * import { DnaJob } from 'tencent-ci-callback/codecs'
 * DnaJob.decode({ Tag: 'DNA', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'DNA', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface DnaJob extends Job<'DNA', DnaOperation> {}
/** `DnaJob` as it is on the wire. */
export interface DnaJobWire extends JobWire<'DNA', DnaOperationWire> {}
export const DnaJob: JobCodec<DnaJob, DnaJobWire> = defineJob('DNA', DnaOperation, {
  resultNode: 'DnaResult',
})
