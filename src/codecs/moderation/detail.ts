import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { fastStruct } from '../kit/fast-struct'
import { isRawTree } from '../kit/raw-tree'
import {
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
 * ReviewImageDetail.decode(tree) // tree: a normalised `ReviewImage` Detail body
 */
export const ReviewImageDetail = moderationDetail('ReviewImage', ReviewImageJob)
/** The static type of the `ReviewImageDetail` codec. */
export type ReviewImageDetail = t.TypeOf<typeof ReviewImageDetail>
/**
 * A text moderation result, Detail version.
 *
 * @example
 * import { ReviewTextDetail } from 'tencent-ci-callback/codecs'
 * ReviewTextDetail.decode(tree) // tree: a normalised `ReviewText` Detail body
 */
export const ReviewTextDetail = moderationDetail('ReviewText', ReviewTextJob)
/** The static type of the `ReviewTextDetail` codec. */
export type ReviewTextDetail = t.TypeOf<typeof ReviewTextDetail>
/**
 * An audio moderation result, Detail version.
 *
 * @example
 * import { ReviewAudioDetail } from 'tencent-ci-callback/codecs'
 * ReviewAudioDetail.decode(tree) // tree: a normalised `ReviewAudio` Detail body
 */
export const ReviewAudioDetail = moderationDetail('ReviewAudio', ReviewAudioJob)
/** The static type of the `ReviewAudioDetail` codec. */
export type ReviewAudioDetail = t.TypeOf<typeof ReviewAudioDetail>
/**
 * A video or live-stream moderation result, Detail version.
 *
 * @example
 * import { ReviewVideoDetail } from 'tencent-ci-callback/codecs'
 * ReviewVideoDetail.decode(tree) // tree: a normalised `ReviewVideo` Detail body
 */
export const ReviewVideoDetail = moderationDetail('ReviewVideo', ReviewVideoJob)
/** The static type of the `ReviewVideoDetail` codec. */
export type ReviewVideoDetail = t.TypeOf<typeof ReviewVideoDetail>
/**
 * A document moderation result, Detail version.
 *
 * @example
 * import { ReviewDocumentDetail } from 'tencent-ci-callback/codecs'
 * ReviewDocumentDetail.decode(tree) // tree: a normalised `ReviewDocument` Detail body
 */
export const ReviewDocumentDetail = moderationDetail('ReviewDocument', ReviewDocumentJob)
/** The static type of the `ReviewDocumentDetail` codec. */
export type ReviewDocumentDetail = t.TypeOf<typeof ReviewDocumentDetail>
/**
 * A webpage moderation result, Detail version.
 *
 * @example
 * import { ReviewHtmlDetail } from 'tencent-ci-callback/codecs'
 * ReviewHtmlDetail.decode(tree) // tree: a normalised `ReviewHtml` Detail body
 */
export const ReviewHtmlDetail = moderationDetail('ReviewHtml', ReviewHtmlJob)
/** The static type of the `ReviewHtmlDetail` codec. */
export type ReviewHtmlDetail = t.TypeOf<typeof ReviewHtmlDetail>

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
