import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { fastStruct } from '../kit/fast-struct'
import { isRawTree } from '../kit/raw-tree'
import {
  type ReviewAudioJobWire,
  type ReviewDocumentJobWire,
  type ReviewHtmlJobWire,
  type ReviewImageJobWire,
  type ReviewTextJobWire,
  type ReviewVideoJobWire,
  ReviewAudioJob,
  ReviewDocumentJob,
  ReviewHtmlJob,
  ReviewImageJob,
  ReviewTextJob,
  ReviewVideoJob,
} from './detail-jobs'
import type { ModerationKind } from './kinds'
import type { Graded } from '../../graded/dropped'
import type { Delivered } from '../../delivery/delivery'

/**
 * A content-moderation callback in the Detail version (`X-Ci-Content-Version: Detail`):
 * `{"EventName": "ReviewImage", "JobsDetail": {…}}`. `ContentVersion` is not on the wire: it is
 * added so a handler can tell Detail from Simple, and is left out again on encode.
 *
 * @example
 * import type { ReviewImageDetail } from 'tencent-ci-callback'
 * const blocked = (cb: ReviewImageDetail) => cb.JobsDetail.Result === 1
 */
export interface ModerationDetail<K extends ModerationKind, J> extends Graded, Delivered {
  /** The moderation kind. */
  readonly EventName: K
  /** Always `'Detail'` (added by the decoder, not on the wire). */
  readonly ContentVersion: 'Detail'
  /** The moderation job: one object, numbers as numbers. */
  readonly JobsDetail: J
}

/** `ModerationDetail` as it is on the wire. */
export interface ModerationDetailWire<K extends ModerationKind, O> {
  /** The moderation kind. */
  readonly EventName: K
  /** The job, as on the wire. */
  readonly JobsDetail: O
}

/**
 * The codec of one Detail kind. `JobsDetail` is one job, as Tencent sends it (a list of exactly
 * one is read as that job, as every single node is).
 */
const moderationDetail = <K extends ModerationKind, J, O>(
  kind: K,
  job: t.Type<J, O, unknown>,
): t.Type<ModerationDetail<K, J>, ModerationDetailWire<K, O>, unknown> => {
  const inner = fastStruct(`${kind}Detail`, { EventName: t.literal(kind), JobsDetail: job }, {})
  return new t.Type<ModerationDetail<K, J>, ModerationDetailWire<K, O>, unknown>(
    `${kind}Detail`,
    (u): u is ModerationDetail<K, J> => isRawTree(u) && u['ContentVersion'] === 'Detail' && inner.is(u),
    (u, c) => {
      if (!isRawTree(u)) return t.failure(u, c)
      return E.map((v: t.TypeOf<typeof inner>) => ({ ...v, ContentVersion: 'Detail' as const }))(inner.validate(u, c))
    },
    ({ ContentVersion: _version, ...value }) => inner.encode(value),
  )
}

/**
 * An image moderation result, Detail version.
 *
 * @example
 * import { ReviewImageDetail } from 'tencent-ci-callback/codecs'
 * ReviewImageDetail.decode({ EventName: 'ReviewImage', JobsDetail: { JobId: 'j1', Result: 0 } })
 * // Right({ EventName: 'ReviewImage', JobsDetail: { JobId: 'j1', Result: 0 }, ContentVersion: 'Detail' })
 */
export interface ReviewImageDetail extends ModerationDetail<'ReviewImage', ReviewImageJob> {}
export const ReviewImageDetail: t.Type<
  ReviewImageDetail,
  ModerationDetailWire<'ReviewImage', ReviewImageJobWire>,
  unknown
> = moderationDetail('ReviewImage', ReviewImageJob)
/**
 * A text moderation result, Detail version.
 *
 * @example
 * import { ReviewTextDetail } from 'tencent-ci-callback/codecs'
 * ReviewTextDetail.decode({ EventName: 'ReviewText', JobsDetail: { JobId: 'j1', Result: 0 } })
 * // Right({ EventName: 'ReviewText', JobsDetail: { JobId: 'j1', Result: 0 }, ContentVersion: 'Detail' })
 */
export interface ReviewTextDetail extends ModerationDetail<'ReviewText', ReviewTextJob> {}
export const ReviewTextDetail: t.Type<
  ReviewTextDetail,
  ModerationDetailWire<'ReviewText', ReviewTextJobWire>,
  unknown
> = moderationDetail('ReviewText', ReviewTextJob)
/**
 * An audio moderation result, Detail version.
 *
 * @example
 * import { ReviewAudioDetail } from 'tencent-ci-callback/codecs'
 * ReviewAudioDetail.decode({ EventName: 'ReviewAudio', JobsDetail: { JobId: 'j1', Result: 0 } })
 * // Right({ EventName: 'ReviewAudio', JobsDetail: { JobId: 'j1', Result: 0 }, ContentVersion: 'Detail' })
 */
export interface ReviewAudioDetail extends ModerationDetail<'ReviewAudio', ReviewAudioJob> {}
export const ReviewAudioDetail: t.Type<
  ReviewAudioDetail,
  ModerationDetailWire<'ReviewAudio', ReviewAudioJobWire>,
  unknown
> = moderationDetail('ReviewAudio', ReviewAudioJob)
/**
 * A video or live-stream moderation result, Detail version.
 *
 * @example
 * import { ReviewVideoDetail } from 'tencent-ci-callback/codecs'
 * ReviewVideoDetail.decode({ EventName: 'ReviewVideo', JobsDetail: { JobId: 'j1', Result: 0 } })
 * // Right({ EventName: 'ReviewVideo', JobsDetail: { JobId: 'j1', Result: 0 }, ContentVersion: 'Detail' })
 */
export interface ReviewVideoDetail extends ModerationDetail<'ReviewVideo', ReviewVideoJob> {}
export const ReviewVideoDetail: t.Type<
  ReviewVideoDetail,
  ModerationDetailWire<'ReviewVideo', ReviewVideoJobWire>,
  unknown
> = moderationDetail('ReviewVideo', ReviewVideoJob)
/**
 * A document moderation result, Detail version.
 *
 * @example
 * import { ReviewDocumentDetail } from 'tencent-ci-callback/codecs'
 * ReviewDocumentDetail.decode({ EventName: 'ReviewDocument', JobsDetail: { JobId: 'j1', Suggestion: 0 } })
 * // Right({ EventName: 'ReviewDocument', JobsDetail: { JobId: 'j1', Suggestion: 0 }, ContentVersion: 'Detail' })
 */
export interface ReviewDocumentDetail extends ModerationDetail<'ReviewDocument', ReviewDocumentJob> {}
export const ReviewDocumentDetail: t.Type<
  ReviewDocumentDetail,
  ModerationDetailWire<'ReviewDocument', ReviewDocumentJobWire>,
  unknown
> = moderationDetail('ReviewDocument', ReviewDocumentJob)
/**
 * A webpage moderation result, Detail version.
 *
 * @example
 * import { ReviewHtmlDetail } from 'tencent-ci-callback/codecs'
 * ReviewHtmlDetail.decode({ EventName: 'ReviewHtml', JobsDetail: { JobId: 'j1', Suggestion: 0 } })
 * // Right({ EventName: 'ReviewHtml', JobsDetail: { JobId: 'j1', Suggestion: 0 }, ContentVersion: 'Detail' })
 */
export interface ReviewHtmlDetail extends ModerationDetail<'ReviewHtml', ReviewHtmlJob> {}
export const ReviewHtmlDetail: t.Type<
  ReviewHtmlDetail,
  ModerationDetailWire<'ReviewHtml', ReviewHtmlJobWire>,
  unknown
> = moderationDetail('ReviewHtml', ReviewHtmlJob)

/**
 * Any Detail moderation callback: a union discriminated by `EventName`.
 *
 * @example
 * import type { ModerationDetailCallback } from 'tencent-ci-callback'
 * const verdict = (cb: ModerationDetailCallback) =>
 *   cb.EventName === 'ReviewDocument' || cb.EventName === 'ReviewHtml' ? cb.JobsDetail.Suggestion : cb.JobsDetail.Result
 */
export type ModerationDetailCallback =
  ReviewImageDetail | ReviewTextDetail | ReviewAudioDetail | ReviewVideoDetail | ReviewDocumentDetail | ReviewHtmlDetail

/** The Detail codec of each kind. */
export const DETAIL_CODECS: {
  readonly [K in ModerationKind]: t.Type<Extract<ModerationDetailCallback, { EventName: K }>, unknown, unknown>
} = {
  ReviewImage: ReviewImageDetail,
  ReviewText: ReviewTextDetail,
  ReviewAudio: ReviewAudioDetail,
  ReviewVideo: ReviewVideoDetail,
  ReviewDocument: ReviewDocumentDetail,
  ReviewHtml: ReviewHtmlDetail,
}
