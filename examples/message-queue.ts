// Callbacks delivered to a message queue instead of a URL (a queue's NotifyConfig.Type `TDMQ`, or a
// job's CallBackType `TDMQ` / `Kafka`): Tencent does not document the message format, and this
// recipe assumes the message value is the same XML or JSON body a URL callback gets. Messages carry
// no Content-Type, so the body's first character decides the format.
//
// Wiring it to a client (not installed here):
//
//   // Kafka (CKafka) with kafkajs
//   await consumer.run({ eachMessage: async ({ message }) => consume(message.value) })
//
//   // TDMQ for Pulsar with pulsar-client
//   for (;;) {
//     const message = await consumer.receive()
//     consume(message.getData())
//     await consumer.acknowledge(message)
//   }
import * as E from 'fp-ts/lib/Either.js'
import { formatCallbackError, parseCallback } from 'tencent-ci-callback'
import { createHandler, type Log } from './receiver'

/** What to do with the message: acknowledge it, or send it to a dead-letter queue. */
export type Verdict = 'handled' | 'dead-letter'

/**
 * Decodes one message value and handles it. A message that is not a callback will not become one
 * on redelivery: dead-letter it (or log and acknowledge) rather than block the partition. Let a
 * failure of your own handling throw, so the client redelivers; handling is idempotent by JobId.
 */
export const createConsumer = (log: Log = console, maxBytes?: number) => {
  const handle = createHandler(log)
  return (value: Uint8Array | string | null): Verdict => {
    if (value === null || value.length === 0) {
      log.warn('empty callback message')
      return 'dead-letter'
    }
    const result = parseCallback(value, undefined, maxBytes === undefined ? {} : { maxBytes })
    if (E.isLeft(result)) {
      log.warn(`undecodable callback message:\n${formatCallbackError(result.left)}`)
      return 'dead-letter'
    }
    handle(result.right)
    return 'handled'
  }
}
