import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { ciCallbackCodec, type CiCallback } from '../codecs/envelope/callback'
import { describe } from '../codecs/kit/describe'
import { fastStruct } from '../codecs/kit/fast-struct'
import { isRawTree, type RawTree } from '../codecs/kit/raw-tree'
import { IntegerFromWire } from '../codecs/kit/scalars'
import { MAX_MESSAGE, type CallbackError } from '../errors'
import type { ResolvedOptions } from '../options'
import { runPipeline, type CodecFor, type PipelineResult } from '../pipeline'
import { shorten } from '../render-value'
import type { Delivery } from './delivery'

// A TDMQ for CMQ topic subscription pushing to an HTTP endpoint in its JSON format POSTs
// (`Content-Type: text/plain`) `{"TopicOwner":100015036,"topicName":"MyTopic","subscriptionName":
// "mysubscription","msgId":"6942316962","msgBody":"…","publishTime":11203432}` (CMQ docs, product
// 1496, "HTTP 推送"); `msgBody` is the message as published, here CI's callback body. In the
// SIMPLIFIED format the POST body is the message itself: an ordinary callback body.

/** Below this, `publishTime` is Unix seconds; at or above it (year 5138 in seconds), milliseconds. */
const MILLISECONDS_FROM = 1e11

/**
 * `publishTime`: an Int whose unit the push page does not state. CMQ's other message times are
 * Unix seconds (`enqueueTime`, `firstDequeueTime`, "精确到秒"), so seconds; a value too large to be
 * seconds of any plausible date is read as milliseconds rather than as a date 3,000 years out.
 */
const PublishTime = describe(
  new t.Type<Date, number, unknown>(
    'PublishTime',
    (u): u is Date => u instanceof Date,
    (u, c) => {
      const n = IntegerFromWire.validate(u, c)
      if (E.isLeft(n)) return n
      const date = new Date(n.right >= MILLISECONDS_FROM ? n.right : n.right * 1000)
      return Number.isNaN(date.getTime()) ? t.failure(u, c) : t.success(date)
    },
    (date) => Math.floor(date.getTime() / 1000),
  ),
  'a Unix time in seconds, such as 1716192191',
)

const Envelope = fastStruct(
  'CmqEnvelope',
  {
    /** The message: CI's callback body, XML or JSON text. */
    msgBody: t.string,
    /** The queue's id of the message. */
    msgId: t.string,
    /** The topic it was published to. */
    topicName: t.string,
    /** The subscription that pushed it. */
    subscriptionName: t.string,
    /** When it was published. */
    publishTime: PublishTime,
  },
  {
    /**
     * APPID of the topic's owner: documented as text, sent as a number in the page's sample. Not
     * checked: kept when text or a number, so an odd one neither refuses the message nor is dropped.
     */
    TopicOwner: t.unknown,
  },
)

const CMQ = Symbol('CMQ message')

/** A decoded CMQ envelope: its message, still to be decoded, and how it was delivered. */
export interface CmqMessage {
  readonly [CMQ]: true
  /** `msgBody`: the callback body. */
  readonly body: string
  /** The envelope's other fields. */
  readonly delivery: Delivery
}

const isCmqMessage = (u: unknown): u is CmqMessage => typeof u === 'object' && u !== null && CMQ in u

const has = (tree: RawTree, key: string): boolean => Object.prototype.hasOwnProperty.call(tree, key)

/** An envelope's key and none of a callback's: a callback never has `msgId` or `msgBody` at its top. */
const looksLikeEnvelope = (u: unknown): u is RawTree =>
  isRawTree(u) &&
  (has(u, 'msgBody') || has(u, 'msgId')) &&
  !has(u, 'EventName') &&
  !has(u, 'JobsDetail') &&
  !has(u, 'WorkflowExecution')

const openEnvelope = (u: RawTree, c: t.Context): t.Validation<CmqMessage> => {
  const envelope = Envelope.validate(u, c)
  if (E.isLeft(envelope)) return envelope
  const { msgBody, msgId, topicName, subscriptionName, publishTime, TopicOwner } = envelope.right
  const delivery: Delivery = {
    via: 'cmq',
    messageId: msgId,
    topic: topicName,
    subscription: subscriptionName,
    publishTime,
    ...(typeof TopicOwner === 'string' || typeof TopicOwner === 'number' ? { topicOwner: String(TopicOwner) } : {}),
  }
  return t.success({ [CMQ]: true, body: msgBody, delivery })
}

const wrapped = new WeakMap<t.Decoder<unknown, CiCallback>, t.Decoder<unknown, CiCallback | CmqMessage>>()

/**
 * `ciCallbackCodec`, reading a CMQ envelope as a `CmqMessage` first: what `parseCallback` decodes
 * a body's tree with. Built once per callback codec, so an ordinary callback pays one look-up and
 * three key checks.
 */
export const callbackOrCmqMessage: CodecFor<CiCallback | CmqMessage> = (options: ResolvedOptions) => {
  const inner = ciCallbackCodec(options)
  const known = wrapped.get(inner)
  if (known !== undefined) return known
  const decoder: t.Decoder<unknown, CiCallback | CmqMessage> = {
    name: 'CiCallback',
    validate: (u, c) => (looksLikeEnvelope(u) ? openEnvelope(u, c) : inner.validate(u, c)),
    // The errors name the callback codec at their root, as they do without this wrapper.
    decode: (u) => decoder.validate(u, [{ key: '', type: inner, actual: u }]),
  }
  wrapped.set(inner, decoder)
  return decoder
}

const inEnvelope = (error: CallbackError, messageId: string): CallbackError => ({
  ...error,
  message: shorten(
    `In the msgBody of CMQ message ${JSON.stringify(shorten(messageId, 60))}: ${error.message}`,
    MAX_MESSAGE,
  ),
})

/**
 * The callback itself, or, for a CMQ envelope, its `msgBody` decoded as a callback (with the same
 * options and limits) and given `Delivery`. A `msgBody` that is not a callback is refused with the
 * error its decoding gave, the message saying it came in a CMQ envelope; its lines and columns
 * count in `msgBody`'s text. An envelope inside an envelope is not opened.
 */
export const openCmqMessage = (
  result: PipelineResult<CiCallback | CmqMessage>,
  options: unknown,
): PipelineResult<CiCallback> => {
  if (E.isLeft(result)) return result
  const message = result.right
  if (!isCmqMessage(message)) return E.right(message)
  const inner = runPipeline(message.body, undefined, options, ciCallbackCodec)
  if (E.isLeft(inner)) return E.left(inEnvelope(inner.left, message.delivery.messageId))
  return E.right({ ...inner.right, Delivery: message.delivery })
}
