/**
 * The content-moderation callback kinds: the `EventName` of a Detail callback, the `data.event` of
 * a Simple one. Live-stream moderation is `ReviewVideo` with `JobsDetail.Type` `live_video`.
 *
 * @example
 * import { MODERATION_KINDS } from 'tencent-ci-callback'
 * MODERATION_KINDS.includes('ReviewImage') // true
 */
export const MODERATION_KINDS = [
  'ReviewImage',
  'ReviewText',
  'ReviewAudio',
  'ReviewVideo',
  'ReviewDocument',
  'ReviewHtml',
] as const

/**
 * One content-moderation kind.
 *
 * @example
 * import type { ModerationKind } from 'tencent-ci-callback'
 * const kind: ModerationKind = 'ReviewVideo'
 */
export type ModerationKind = (typeof MODERATION_KINDS)[number]

const KINDS = new Set<string>(MODERATION_KINDS)

/** True for one of the six moderation kinds. */
export const isModerationKind = (u: unknown): u is ModerationKind => typeof u === 'string' && KINDS.has(u)
