/**
 * How a callback reached you, when it came through a message queue rather than straight from CI:
 * today a TDMQ for CMQ topic subscription pushing to your HTTP endpoint in its JSON format. Added
 * by the decoder from the queue's envelope, never part of Tencent's callback body, and left out
 * by `encodeCallback`.
 *
 * `messageId` is the queue's id of the message, stable across the queue's retries of it: a
 * natural idempotency key (CMQ delivers at least once and retries until your endpoint answers 2xx).
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { smartCoverCallback } from 'tencent-ci-callback/testing'
 * // A CMQ topic push: the callback is the envelope's `msgBody`.
 * const msgBody = smartCoverCallback().body('json')
 * const push = JSON.stringify({ topicName: 'ci', subscriptionName: 'app', msgId: '6942316962', msgBody, publishTime: 1718000000 })
 * const result = parseCallback(push, 'text/plain')
 * E.isRight(result) && result.right.Delivery?.messageId // '6942316962'
 */
export interface Delivery {
  /** The queue product: `'cmq'` (TDMQ for CMQ, topic subscription pushed over HTTP). */
  readonly via: 'cmq'
  /** The envelope's `msgId`: the queue's id of this message. */
  readonly messageId: string
  /** The envelope's `topicName`. */
  readonly topic: string
  /** The envelope's `subscriptionName`. */
  readonly subscription: string
  /** The envelope's `publishTime` (Unix seconds on the wire), when the message was published. */
  readonly publishTime: Date
  /** The envelope's `TopicOwner`: the APPID owning the topic, as text, when the envelope has one. */
  readonly topicOwner?: string
}

/**
 * The field a decoded callback carries when it came through a message queue: every `CiCallback`
 * member has it, absent for a callback posted straight to your URL.
 *
 * @example
 * import type { Delivered } from 'tencent-ci-callback'
 * const key = (cb: Delivered): string | undefined => cb.Delivery?.messageId
 */
export interface Delivered {
  /** How the callback was delivered, when a queue delivered it (added by the decoder). */
  readonly Delivery?: Delivery
}

/**
 * The value without its `Delivery` field (the value itself when it has none), so that encoding a
 * decoded callback writes only what Tencent sent.
 */
export const withoutDelivery = <A extends Delivered>(value: A): A => {
  if (value.Delivery === undefined) return value
  const copy = { ...value }
  Reflect.deleteProperty(copy, 'Delivery')
  return copy
}
