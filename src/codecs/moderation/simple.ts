import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { isRawTree } from '../kit/raw-tree'
import type { ModerationKind } from './kinds'
import { CosHeaderMap, ModerationInteger, ModerationNumber } from './numbers'
import { fastStruct } from '../kit/fast-struct'
import { partial } from '../kit/partial'
import type { Graded } from '../../graded/dropped'
import type { Delivered } from '../../delivery/delivery'

const SimpleSceneInfoC = partial(
  {
    /** `0` not hit, `1` hit, `2` suspicious. */
    hit_flag: ModerationInteger,
    /** Label of the hit. */
    label: t.string,
    /** Confidence, 0–100 (image, audio). */
    score: ModerationNumber,
    /** Number of hits (text, video). */
    count: ModerationInteger,
  },
  'SimpleSceneInfo',
)
/**
 * One scene's verdict in a Simple callback (`porn_info`, `ads_info`, `abuse_info`, `illegal_info`).
 *
 * @example
 * import { SimpleSceneInfo } from 'tencent-ci-callback/codecs'
 * SimpleSceneInfo.decode({ hit_flag: '0', label: 'normal', score: '9' }) // Right({ hit_flag: 0, label: 'normal', score: 9 })
 */
export interface SimpleSceneInfo extends t.TypeOf<typeof SimpleSceneInfoC> {}
/** `SimpleSceneInfo` as it is on the wire. */
export interface SimpleSceneInfoWire extends t.OutputOf<typeof SimpleSceneInfoC> {}
export const SimpleSceneInfo: t.Type<SimpleSceneInfo, SimpleSceneInfoWire, unknown> = SimpleSceneInfoC

/** The `data` fields of a Simple callback other than `event` (catalog.md §7.1). */
export const simpleDataProps = {
  /** The job ID for an asynchronous job. */
  trace_id: t.string,
  /** URL of the content moderated. */
  url: t.string,
  /** The caller's data ID (text, audio, video). */
  data_id: t.string,
  /** `0` normal, `1` violation, `2` suspicious. */
  result: ModerationInteger,
  /** `0` untouched, `1` frozen, `2` moved. */
  forbidden_status: ModerationInteger,
  /** Headers of the object: a map name → value. */
  cos_headers: CosHeaderMap,
  /** Pornography verdict. */
  porn_info: SimpleSceneInfo,
  /** Advertising verdict. */
  ads_info: SimpleSceneInfo,
  /** Abuse verdict. */
  abuse_info: SimpleSceneInfo,
  /** Illegal-content verdict. */
  illegal_info: SimpleSceneInfo,
}

/**
 * A content-moderation callback in the Simple version (the default, `X-Ci-Content-Version: Simple`):
 * `{"code": 0, "message": "success", "data": {"event": "ReviewImage", …}}`, snake_case. `EventName`
 * (copied from `data.event`) and `ContentVersion` are not on the wire: they are added so every
 * callback switches on `EventName`, and are left out again on encode.
 *
 * @example
 * import type { ReviewImageSimple } from 'tencent-ci-callback'
 * const blocked = (cb: ReviewImageSimple) => cb.data.result === 1
 */
export interface ModerationSimple<K extends ModerationKind> extends Graded, Delivered {
  /** The moderation kind, from `data.event` (added by the decoder). */
  readonly EventName: K
  /** Always `'Simple'` (added by the decoder, not on the wire). */
  readonly ContentVersion: 'Simple'
  /** `0` on success, else an error code. */
  readonly code: number
  /** `success`, or the error. */
  readonly message?: string
  /** The verdict. */
  readonly data: ModerationSimpleData<K>
}

const SimpleDataC = partial(simpleDataProps)

/**
 * `data` of a Simple moderation callback: the verdict, snake_case, `event` naming the kind.
 *
 * @example
 * import type { ModerationSimpleData } from 'tencent-ci-callback'
 * const hit = (data: ModerationSimpleData<'ReviewImage'>) => data.porn_info?.hit_flag === 1
 */
export interface ModerationSimpleData<K extends ModerationKind> extends t.TypeOf<typeof SimpleDataC> {
  /** The moderation kind. */
  readonly event: K
}

/** `ModerationSimple` as it is on the wire. */
export interface ModerationSimpleWire<K extends ModerationKind> {
  /** `0` on success. */
  readonly code: number
  /** `success`, or the error. */
  readonly message?: string
  /** The verdict, as on the wire. */
  readonly data: { readonly event: K } & t.OutputOf<typeof SimpleDataC>
}

const moderationSimple = <K extends ModerationKind>(
  kind: K,
): t.Type<ModerationSimple<K>, ModerationSimpleWire<K>, unknown> => {
  const inner = fastStruct(
    `${kind}Simple`,
    {
      code: ModerationInteger,
      data: fastStruct(`${kind}SimpleData`, { event: t.literal(kind) }, SimpleDataC.optional),
    },
    { message: t.string },
  )
  return new t.Type<ModerationSimple<K>, ModerationSimpleWire<K>, unknown>(
    `${kind}Simple`,
    (u): u is ModerationSimple<K> =>
      isRawTree(u) && u['EventName'] === kind && u['ContentVersion'] === 'Simple' && inner.is(u),
    (u, c) =>
      E.map((v: t.TypeOf<typeof inner>) => ({ EventName: kind, ContentVersion: 'Simple' as const, ...v }))(
        inner.validate(u, c),
      ),
    ({ EventName: _kind, ContentVersion: _version, ...value }) => inner.encode(value),
  )
}

/**
 * An image moderation result, Simple version.
 *
 * @example
 * import { ReviewImageSimple } from 'tencent-ci-callback/codecs'
 * ReviewImageSimple.decode({ code: 0, message: 'success', data: { event: 'ReviewImage', result: 0 } })
 */
export interface ReviewImageSimple extends ModerationSimple<'ReviewImage'> {}
export const ReviewImageSimple: t.Type<
  ReviewImageSimple,
  ModerationSimpleWire<'ReviewImage'>,
  unknown
> = moderationSimple('ReviewImage')
/**
 * A text moderation result, Simple version.
 *
 * @example
 * import { ReviewTextSimple } from 'tencent-ci-callback/codecs'
 * ReviewTextSimple.decode({ code: 0, message: 'success', data: { event: 'ReviewText', result: 0 } })
 */
export interface ReviewTextSimple extends ModerationSimple<'ReviewText'> {}
export const ReviewTextSimple: t.Type<ReviewTextSimple, ModerationSimpleWire<'ReviewText'>, unknown> = moderationSimple(
  'ReviewText',
)
/**
 * An audio moderation result, Simple version.
 *
 * @example
 * import { ReviewAudioSimple } from 'tencent-ci-callback/codecs'
 * ReviewAudioSimple.decode({ code: 0, message: 'success', data: { event: 'ReviewAudio', result: 0 } })
 */
export interface ReviewAudioSimple extends ModerationSimple<'ReviewAudio'> {}
export const ReviewAudioSimple: t.Type<
  ReviewAudioSimple,
  ModerationSimpleWire<'ReviewAudio'>,
  unknown
> = moderationSimple('ReviewAudio')
/**
 * A video or live-stream moderation result, Simple version.
 *
 * @example
 * import { ReviewVideoSimple } from 'tencent-ci-callback/codecs'
 * ReviewVideoSimple.decode({ code: 0, message: 'success', data: { event: 'ReviewVideo', result: 0 } })
 */
export interface ReviewVideoSimple extends ModerationSimple<'ReviewVideo'> {}
export const ReviewVideoSimple: t.Type<
  ReviewVideoSimple,
  ModerationSimpleWire<'ReviewVideo'>,
  unknown
> = moderationSimple('ReviewVideo')
/**
 * A document moderation result, Simple version (Tencent documents only Detail for documents).
 *
 * @example
 * import { ReviewDocumentSimple } from 'tencent-ci-callback/codecs'
 * ReviewDocumentSimple.decode({ code: 0, message: 'success', data: { event: 'ReviewDocument', result: 0 } })
 */
export interface ReviewDocumentSimple extends ModerationSimple<'ReviewDocument'> {}
export const ReviewDocumentSimple: t.Type<
  ReviewDocumentSimple,
  ModerationSimpleWire<'ReviewDocument'>,
  unknown
> = moderationSimple('ReviewDocument')
/**
 * A webpage moderation result, Simple version (Tencent documents only Detail for webpages).
 *
 * @example
 * import { ReviewHtmlSimple } from 'tencent-ci-callback/codecs'
 * ReviewHtmlSimple.decode({ code: 0, message: 'success', data: { event: 'ReviewHtml', result: 0 } })
 */
export interface ReviewHtmlSimple extends ModerationSimple<'ReviewHtml'> {}
export const ReviewHtmlSimple: t.Type<ReviewHtmlSimple, ModerationSimpleWire<'ReviewHtml'>, unknown> = moderationSimple(
  'ReviewHtml',
)

/**
 * Any Simple moderation callback: a union discriminated by `EventName`.
 *
 * @example
 * import type { ModerationSimpleCallback } from 'tencent-ci-callback'
 * const traceId = (cb: ModerationSimpleCallback) => cb.data.trace_id
 */
export type ModerationSimpleCallback =
  ReviewImageSimple | ReviewTextSimple | ReviewAudioSimple | ReviewVideoSimple | ReviewDocumentSimple | ReviewHtmlSimple

/** The Simple codec of each kind. */
export const SIMPLE_CODECS: { readonly [K in ModerationKind]: t.Type<ModerationSimple<K>, unknown, unknown> } = {
  ReviewImage: ReviewImageSimple,
  ReviewText: ReviewTextSimple,
  ReviewAudio: ReviewAudioSimple,
  ReviewVideo: ReviewVideoSimple,
  ReviewDocument: ReviewDocumentSimple,
  ReviewHtml: ReviewHtmlSimple,
}
