import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.DnaConfig`: the video-fingerprint parameters echoed from the request.
 *
 * @example
 * import { DnaConfig } from 'tencent-ci-callback/codecs'
 * DnaConfig.is({ RuleType: 'GetSimilarVideo', DnaDbId: 'db1', VideoId: 'v1' }) // true
 */
export const DnaConfig = partial(
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
/** The static type of the `DnaConfig` codec. */
export type DnaConfig = t.TypeOf<typeof DnaConfig>

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
/**
 * The io-ts codec for `DnaMatch`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { DnaMatch } from 'tencent-ci-callback/codecs'
 * DnaMatch.decode({ MatchStartTime: '10', MatchEndTime: '25', SrcStartTime: '0', SrcEndTime: '15' })
 */
export const DnaMatch: t.Type<DnaMatch, DnaMatchWire, unknown> = DnaMatchC

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
/**
 * The io-ts codec for `DnaDetection`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { DnaDetection } from 'tencent-ci-callback/codecs'
 * DnaDetection.decode({ VideoId: 'v1', Similar: '87', MatchDetail: [{ MatchStartTime: '10' }] })
 */
export const DnaDetection: t.Type<DnaDetection, DnaDetectionWire, unknown> = DnaDetectionC

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
/**
 * The io-ts codec for `DnaResult`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { DnaResult } from 'tencent-ci-callback/codecs'
 * DnaResult.decode({ VideoId: 'v2', Duration: '120', Detection: [{ VideoId: 'v1', Similar: '87' }] })
 */
export const DnaResult: t.Type<DnaResult, DnaResultWire, unknown> = DnaResultC

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
/**
 * The io-ts codec for `DnaOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { DnaOperation } from 'tencent-ci-callback/codecs'
 * DnaOperation.decode({ DnaResult: { VideoId: 'v2' } })
 */
export const DnaOperation: t.Type<DnaOperation, DnaOperationWire, unknown> = DnaOperationC

const DnaJobC = defineJob('DNA', DnaOperation)

/**
 * A finished DNA (video fingerprint) job.
 *
 * @example
 * import { DnaJob } from 'tencent-ci-callback'
 * // job.Tag === 'DNA': (job.Operation.DnaResult ?? job.Operation.DNAResult)?.Detection
 */
export interface DnaJob extends t.TypeOf<typeof DnaJobC> {}
/** `DnaJob` as it is on the wire. */
export interface DnaJobWire extends t.OutputOf<typeof DnaJobC> {}
/**
 * The io-ts codec for `DnaJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { DnaJob } from 'tencent-ci-callback/codecs'
 * DnaJob.is(job) // true for a decoded DNA job
 */
export const DnaJob: JobCodec<'DNA', DnaJob, DnaJobWire> = DnaJobC
