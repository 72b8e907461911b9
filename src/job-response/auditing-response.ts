import * as t from 'io-ts'
import { fastStruct } from '../codecs/kit/fast-struct'
import {
  ReviewAudioJob,
  ReviewDocumentJob,
  ReviewHtmlJob,
  ReviewImageJob,
  ReviewTextJob,
  ReviewVideoJob,
} from '../codecs/moderation/detail-jobs'
import type { ModerationKind } from '../codecs/moderation/kinds'
import type { RawTree } from '../codecs/kit/raw-tree'
import { neverDropped } from '../codecs/kit/shape'
import type { Graded } from '../graded/dropped'
import { stamped, type JobResponseWire } from './stamp'

/**
 * The answer of a moderation query of one kind (`Kind: 'Auditing'`, `ModerationKind` the kind
 * passed as `options.kind`): `JobsDetail` holds the same jobs a Detail moderation callback does.
 *
 * @example
 * import type { AuditingResponseOf, ReviewImageJob } from 'tencent-ci-callback'
 * const blocked = (answer: AuditingResponseOf<'ReviewImage', ReviewImageJob>) =>
 *   answer.JobsDetail.filter((job) => job.Result === 1).map((job) => job.JobId)
 */
export interface AuditingResponseOf<K extends ModerationKind, J> extends Graded {
  /** `'Auditing'`: added by the decoder (not on the wire), left out on encode. */
  readonly Kind: 'Auditing'
  /** The kind the caller said the answer is (`options.kind`); not on the wire. */
  readonly ModerationKind: K
  /** The moderation jobs, always a list (a query by id answers one). */
  readonly JobsDetail: Array<J>
  /** The ids asked for that name no job, always a list; absent when every job exists. */
  readonly NonExistJobIds?: Array<string>
  /** Tencent's request id. */
  readonly RequestId?: string
}

const auditing = <K extends ModerationKind, J, O>(
  kind: K,
  job: t.Type<J, O, unknown>,
): t.Type<AuditingResponseOf<K, J>, JobResponseWire, unknown> =>
  stamped(
    fastStruct(
      `${kind}Response`,
      { Kind: t.literal('Auditing'), ModerationKind: t.literal(kind), JobsDetail: t.array(neverDropped(job)) },
      { NonExistJobIds: t.array(t.string), RequestId: t.string },
    ),
    ['Kind', 'ModerationKind'],
    (u: RawTree): RawTree => ({ Kind: 'Auditing', ModerationKind: kind, JobsDetail: [], ...u }),
    `a ${kind} moderation query answer (JobsDetail)`,
  )

/**
 * The answer of a moderation query: a union discriminated by `ModerationKind`, so
 * `answer.ModerationKind === 'ReviewVideo'` narrows `JobsDetail` to `ReviewVideoJob`s.
 *
 * @example
 * import type { AuditingResponse } from 'tencent-ci-callback'
 * const verdicts = (answer: AuditingResponse) =>
 *   answer.ModerationKind === 'ReviewDocument' || answer.ModerationKind === 'ReviewHtml'
 *     ? answer.JobsDetail.map((job) => job.Suggestion)
 *     : answer.JobsDetail.map((job) => job.Result)
 */
export type AuditingResponse =
  | AuditingResponseOf<'ReviewImage', ReviewImageJob>
  | AuditingResponseOf<'ReviewText', ReviewTextJob>
  | AuditingResponseOf<'ReviewAudio', ReviewAudioJob>
  | AuditingResponseOf<'ReviewVideo', ReviewVideoJob>
  | AuditingResponseOf<'ReviewDocument', ReviewDocumentJob>
  | AuditingResponseOf<'ReviewHtml', ReviewHtmlJob>

/** The answer codec of each moderation kind. */
export const AUDITING_CODECS: {
  readonly [K in ModerationKind]: t.Type<Extract<AuditingResponse, { ModerationKind: K }>, JobResponseWire, unknown>
} = {
  ReviewImage: auditing('ReviewImage', ReviewImageJob),
  ReviewText: auditing('ReviewText', ReviewTextJob),
  ReviewAudio: auditing('ReviewAudio', ReviewAudioJob),
  ReviewVideo: auditing('ReviewVideo', ReviewVideoJob),
  ReviewDocument: auditing('ReviewDocument', ReviewDocumentJob),
  ReviewHtml: auditing('ReviewHtml', ReviewHtmlJob),
}
