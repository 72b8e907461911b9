import * as t from 'io-ts'
import { BooleanFromWire, NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const QualityEstimateConfigC = partial(
  {
    /** Rotation applied before scoring, as sent. */
    Rotate: t.string,
    /** Scoring mode, as sent. */
    Mode: t.string,
  },
  'QualityEstimateConfig',
)
/**
 * `Operation.QualityEstimateConfig`: the quality-scoring parameters echoed from the request (Go SDK).
 *
 * @example
 * import { QualityEstimateConfig } from 'tencent-ci-callback/codecs'
 * QualityEstimateConfig.is({ Mode: 'Default' }) // true
 */
export interface QualityEstimateConfig extends t.TypeOf<typeof QualityEstimateConfigC> {}
/** `QualityEstimateConfig` as it is on the wire. */
export interface QualityEstimateConfigWire extends t.OutputOf<typeof QualityEstimateConfigC> {}
export const QualityEstimateConfig: t.Type<QualityEstimateConfig, QualityEstimateConfigWire> = QualityEstimateConfigC

const QualityEstimateItemC = partial(
  {
    /** Confidence, 0–100. */
    Confidence: NumberFromWire,
    /** Start of the defect, seconds. */
    StartTimeOffset: NumberFromWire,
    /** End of the defect, seconds. */
    EndTimeOffset: NumberFromWire,
    /** Area of the defect, pixel coordinates `x1, y1, x2, y2`; always a list. */
    AreaCoordSet: t.array(NumberFromWire),
  },
  'QualityEstimateItem',
)
/**
 * One defect found by the detailed analysis (`DetailedResult[i].Items[j]`, Go SDK).
 *
 * @example
 * import { QualityEstimateItem } from 'tencent-ci-callback/codecs'
 * QualityEstimateItem.decode({ Confidence: '87', StartTimeOffset: '1.5', AreaCoordSet: ['0', '0', '64', '48'] })
 */
export interface QualityEstimateItem extends t.TypeOf<typeof QualityEstimateItemC> {}
/** `QualityEstimateItem` as it is on the wire. */
export interface QualityEstimateItemWire extends t.OutputOf<typeof QualityEstimateItemC> {}
export const QualityEstimateItem: t.Type<QualityEstimateItem, QualityEstimateItemWire> = QualityEstimateItemC

const QualityEstimateC = partial(
  {
    /** Overall quality score, 0 (worst) to 10 (best). */
    Score: NumberFromWire,
    /** Detailed analysis (Go SDK). */
    VqaPlusResult: partial(
      {
        /** Whether the video has no audio track. */
        NoAudio: BooleanFromWire,
        /** Whether the file has no video track. */
        NoVideo: BooleanFromWire,
        /** Defects by type; always a list. */
        DetailedResult: t.array(
          partial(
            {
              /** Defect type, e.g. `Blur`, `Noise`, `BlackEdge` (as sent). */
              Type: t.string,
              /** Where the defect occurs; always a list. */
              Items: t.array(QualityEstimateItem),
            },
            'QualityEstimateDetail',
          ),
        ),
      },
      'VqaPlusResult',
    ),
  },
  'QualityEstimate',
)
/**
 * `Operation.QualityEstimate`: the video quality score, and the detailed analysis when asked for.
 *
 * `Score` is a number. Tencent's table types it `String` (as it does every field of every job; the
 * Go and Java SDKs keep it a string like all their scalars), but documents it as a score from 0 to
 * 10, and no source shows a value that is not a decimal number (`6.460358`): the same rule as
 * `Progress` and the `MediaInfo` figures. An empty `<Score/>` decodes to absent.
 *
 * @example
 * import { QualityEstimate } from 'tencent-ci-callback/codecs'
 * QualityEstimate.decode({ Score: '6.460358' }) // Right({ Score: 6.460358 })
 */
export interface QualityEstimate extends t.TypeOf<typeof QualityEstimateC> {}
/** `QualityEstimate` as it is on the wire. */
export interface QualityEstimateWire extends t.OutputOf<typeof QualityEstimateC> {}
export const QualityEstimate: t.Type<QualityEstimate, QualityEstimateWire> = QualityEstimateC

const QualityEstimateOperationC = jobOperation('QualityEstimateOperation', {
  /** The scoring parameters (Go SDK). */
  QualityEstimateConfig: QualityEstimateConfig,
  /** The result: `Score` and the detailed analysis. */
  QualityEstimate: QualityEstimate,
})

/**
 * `Operation` of a QualityEstimate job: the shared nodes (its `MediaInfo` describes the input;
 * `MediaResult.OutputFile` is empty) plus `QualityEstimate`.
 *
 * @example
 * import { QualityEstimateOperation } from 'tencent-ci-callback/codecs'
 * QualityEstimateOperation.decode({ QualityEstimate: { Score: '6.46' } })
 */
export interface QualityEstimateOperation extends t.TypeOf<typeof QualityEstimateOperationC> {}
/** `QualityEstimateOperation` as it is on the wire. */
export interface QualityEstimateOperationWire extends t.OutputOf<typeof QualityEstimateOperationC> {}
export const QualityEstimateOperation: t.Type<QualityEstimateOperation, QualityEstimateOperationWire> =
  QualityEstimateOperationC

/**
 * A finished QualityEstimate (video quality scoring) job.
 *
 * @example
 * import { QualityEstimateJob } from 'tencent-ci-callback/codecs'
 * QualityEstimateJob.decode({ Tag: 'QualityEstimate', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'QualityEstimate', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface QualityEstimateJob extends Job<'QualityEstimate', QualityEstimateOperation> {}
/** `QualityEstimateJob` as it is on the wire. */
export interface QualityEstimateJobWire extends JobWire<'QualityEstimate', QualityEstimateOperationWire> {}
export const QualityEstimateJob: JobCodec<QualityEstimateJob, QualityEstimateJobWire> = defineJob(
  'QualityEstimate',
  QualityEstimateOperation,
)
