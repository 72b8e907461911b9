// CKafka (Tencent's managed Kafka) with kafkajs: CI publishes each callback to a topic when a job
// says `CallBackType: 'Kafka'` with `CallBackKafkaConfig { Region, InstanceId, Topic }` (the Go and
// Java SDKs send it; no API page lists it yet). See docs/delivery.md.
// Run: `KAFKA_BROKERS=ckafka-xxxx.ap-guangzhou.ckafka.tencentcloudmq.com:50000 KAFKA_TOPIC=ci-callbacks npx tsx examples/ckafka-consumer.ts`.
//
// Tencent does not document the message. This recipe reads its value as the same XML or JSON body
// an HTTP callback carries (an inference); there is no Content-Type, so the value's first
// character decides the format.
//
// No broker runs in this project's tests: `createMessageHandler` is tested on message objects as
// kafkajs hands them to `eachMessage` (Buffer values holding real callbacks); `runConsumer` is the
// wiring around it, tested only up to failing to connect where no broker listens.
import * as E from 'fp-ts/lib/Either.js'
import { Kafka, logLevel, type Consumer, type KafkaConfig, type KafkaMessage } from 'kafkajs'
import { formatCallbackError, parseCallback } from 'tencent-ci-callback'
import { createHandler, type Log } from './receiver'

/** What became of a message: handled, or set aside (logged; produce it to a dead-letter topic if you keep one). */
export type Verdict = 'handled' | 'dead-letter'

/** Where a message came from, for the log. */
export interface MessageOrigin {
  readonly topic: string
  readonly partition: number
}

/** Largest value accepted: Kafka's default message limit is 1 MiB. */
export const KAFKA_MAX_BYTES = 1024 * 1024

/**
 * Decodes one message value and handles it. A value that is not a callback will not become one
 * on redelivery: it is set aside, not thrown, so it cannot block its partition. A failure of your
 * own handling does throw: kafkajs then does not commit the offset and delivers the message again,
 * so your handling must be idempotent (by `JobId`, as `createHandler` is).
 */
export const createMessageHandler = (log: Log = console, maxBytes = KAFKA_MAX_BYTES) => {
  const handle = createHandler(log)
  return (message: Pick<KafkaMessage, 'value' | 'offset'>, origin?: MessageOrigin): Verdict => {
    const where =
      origin === undefined ? `offset ${message.offset}` : `${origin.topic}[${origin.partition}]@${message.offset}`
    if (message.value === null || message.value.length === 0) {
      log.warn(`empty message at ${where}`)
      return 'dead-letter'
    }
    const result = parseCallback(message.value, undefined, { maxBytes })
    if (E.isLeft(result)) {
      log.warn(`undecodable message at ${where}:\n${formatCallbackError(result.left)}`)
      return 'dead-letter'
    }
    handle(result.right)
    return 'handled'
  }
}

/** Where to consume from. */
export interface ConsumerOptions {
  /** The instance's access points (`host:port`). */
  readonly brokers: ReadonlyArray<string>
  /** The topic named in `CallBackKafkaConfig.Topic`. */
  readonly topic: string
  /** Your consumer group. */
  readonly groupId: string
  /** TLS, SASL (CKafka's public access: `PLAIN`, username `<InstanceId>#<user>`), timeouts, retries. */
  readonly client?: Omit<KafkaConfig, 'brokers'>
  readonly log?: Log
}

/** Connects, subscribes and hands every message to `createMessageHandler`; resolves to the running consumer. */
export const runConsumer = async ({
  brokers,
  topic,
  groupId,
  client = {},
  log = console,
}: ConsumerOptions): Promise<Consumer> => {
  const kafka = new Kafka({ clientId: 'ci-callbacks', logLevel: logLevel.WARN, ...client, brokers: [...brokers] })
  const consumer = kafka.consumer({ groupId })
  const handleMessage = createMessageHandler(log)
  await consumer.connect()
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: false })
    await consumer.run({
      eachMessage: async ({ topic: from, partition, message }) => {
        handleMessage(message, { topic: from, partition })
      },
    })
  } catch (e) {
    await consumer.disconnect()
    throw e
  }
  return consumer
}

if (process.argv[1]?.endsWith('ckafka-consumer.ts')) {
  const brokers = (process.env['KAFKA_BROKERS'] ?? '').split(',').filter((b) => b !== '')
  void runConsumer({ brokers, topic: process.env['KAFKA_TOPIC'] ?? 'ci-callbacks', groupId: 'ci-callbacks' })
}
