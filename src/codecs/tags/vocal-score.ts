import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const VocalScoreC = partial(
  {
    /** Key of the reference recording in the bucket. */
    StandardObject: t.string,
  },
  'VocalScore',
)
/**
 * `Operation.VocalScore`: the reference recording the singing was scored against.
 *
 * @example
 * import { VocalScore } from 'tencent-ci-callback/codecs'
 * VocalScore.is({ StandardObject: 'songs/original.mp3' }) // true
 */
export interface VocalScore extends t.TypeOf<typeof VocalScoreC> {}
/** `VocalScore` as it is on the wire. */
export interface VocalScoreWire extends t.OutputOf<typeof VocalScoreC> {}
export const VocalScore: t.Type<VocalScore, VocalScoreWire> = VocalScoreC

const ScoreBreakdownC = partial(
  {
    /** Total score, 0–100. */
    TotalScore: NumberFromWire,
    /** Score of each sentence of the song; always a list. */
    SentenceScores: t.array(
      partial(
        {
          /** Sentence start, as sent (a number; Tencent documents no unit). */
          StartTime: NumberFromWire,
          /** Sentence end, as sent (a number; Tencent documents no unit). */
          EndTime: NumberFromWire,
          /** The sentence's score, 0–100. */
          Score: NumberFromWire,
        },
        'SentenceScore',
      ),
    ),
  },
  'ScoreBreakdown',
)
/**
 * One dimension of the score (`PitchScore`, `RhythemScore`): the total and each sentence's score.
 *
 * @example
 * import { ScoreBreakdown } from 'tencent-ci-callback/codecs'
 * ScoreBreakdown.decode({ TotalScore: '82.5', SentenceScores: [{ StartTime: '0', EndTime: '4.2', Score: '80' }] })
 */
export interface ScoreBreakdown extends t.TypeOf<typeof ScoreBreakdownC> {}
/** `ScoreBreakdown` as it is on the wire. */
export interface ScoreBreakdownWire extends t.OutputOf<typeof ScoreBreakdownC> {}
export const ScoreBreakdown: t.Type<ScoreBreakdown, ScoreBreakdownWire> = ScoreBreakdownC

const VocalScoreResultC = partial(
  {
    /** How well the pitch matched the reference. */
    PitchScore: ScoreBreakdown,
    /** (sic: "rhythm") How well the rhythm matched the reference. */
    RhythemScore: ScoreBreakdown,
  },
  'VocalScoreResult',
)
/**
 * `Operation.VocalScoreResult`: pitch and rhythm scores. `RhythemScore` is Tencent's wire name
 * (sic), kept as sent.
 *
 * @example
 * import { VocalScoreResult } from 'tencent-ci-callback/codecs'
 * VocalScoreResult.decode({ PitchScore: { TotalScore: '82.5' }, RhythemScore: { TotalScore: '90' } })
 */
export interface VocalScoreResult extends t.TypeOf<typeof VocalScoreResultC> {}
/** `VocalScoreResult` as it is on the wire. */
export interface VocalScoreResultWire extends t.OutputOf<typeof VocalScoreResultC> {}
export const VocalScoreResult: t.Type<VocalScoreResult, VocalScoreResultWire> = VocalScoreResultC

const VocalScoreOperationC = jobOperation('VocalScoreOperation', {
  /** The reference recording. */
  VocalScore: VocalScore,
  /** The scores. */
  VocalScoreResult: VocalScoreResult,
})

/**
 * `Operation` of a VocalScore job: the shared nodes plus `VocalScore` and `VocalScoreResult`.
 *
 * @example
 * import { VocalScoreOperation } from 'tencent-ci-callback/codecs'
 * VocalScoreOperation.decode({ VocalScore: { StandardObject: 'songs/original.mp3' } })
 */
export interface VocalScoreOperation extends t.TypeOf<typeof VocalScoreOperationC> {}
/** `VocalScoreOperation` as it is on the wire. */
export interface VocalScoreOperationWire extends t.OutputOf<typeof VocalScoreOperationC> {}
export const VocalScoreOperation: t.Type<VocalScoreOperation, VocalScoreOperationWire> = VocalScoreOperationC

/**
 * A finished VocalScore (singing assessment) job.
 *
 * @example
 * import { VocalScoreJob } from 'tencent-ci-callback/codecs'
 * VocalScoreJob.decode({ Tag: 'VocalScore', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'VocalScore', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface VocalScoreJob extends Job<'VocalScore', VocalScoreOperation> {}
/** `VocalScoreJob` as it is on the wire. */
export interface VocalScoreJobWire extends JobWire<'VocalScore', VocalScoreOperationWire> {}
export const VocalScoreJob: JobCodec<VocalScoreJob, VocalScoreJobWire> = defineJob('VocalScore', VocalScoreOperation, {
  resultNode: 'VocalScoreResult',
})
