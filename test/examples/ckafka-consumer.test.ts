import { createServer } from 'node:http'
import { logLevel, type KafkaMessage } from 'kafkajs'
import { createMessageHandler, runConsumer } from '../../examples/ckafka-consumer'
import { listen } from '../http/loopback'
import { FAILED_XML, JOB_ID, JSON_BODY, MALFORMED, SEED_JOB_LINE, XML, recorder } from './recorder'

/** A message as kafkajs 2 hands it to `eachMessage` (a record-batch entry): the value is a Buffer or null. */
const kafkaMessage = (value: Buffer | null, offset: number): KafkaMessage => ({
  key: Buffer.from(JOB_ID),
  value,
  timestamp: '1716192191000',
  attributes: 0,
  offset: String(offset),
  headers: {},
})

describe('the CKafka consumer recipe: its message handler on real message values', () => {
  it('handles XML and JSON callbacks once per job, and sets aside what is not a callback', () => {
    const { log, lines } = recorder()
    const handle = createMessageHandler(log)
    const values = [XML, JSON_BODY, Buffer.from(MALFORMED), FAILED_XML, null]
    const verdicts = values.map((value, offset) =>
      handle(kafkaMessage(value, offset), { topic: 'ci-callbacks', partition: 3 }),
    )
    expect(verdicts).toStrictEqual(['handled', 'handled', 'dead-letter', 'handled', 'dead-letter'])
    expect(lines[0]).toBe(`info ${SEED_JOB_LINE}`)
    expect(lines[1]).toBe(`info duplicate delivery of ${JOB_ID}: already handled`)
    expect(lines[2]).toMatch(
      /^warn undecodable message at ci-callbacks\[3\]@2:\n✖ Malformed Tencent CI callback \(XML\)/,
    )
    expect(lines[3]).toContain('Failed: InvalidInput')
    expect(lines[4]).toBe('warn empty message at ci-callbacks[3]@4')
  })

  it('refuses a value over maxBytes without decoding it', () => {
    const { log, lines } = recorder()
    expect(createMessageHandler(log, 1024)(kafkaMessage(XML, 7))).toBe('dead-letter')
    expect(lines[0]).toMatch(/^warn undecodable message at offset 7:\n✖ .*1024 bytes/s)
  })

  it('lets a failure of your own handling throw, so kafkajs delivers the message again', () => {
    const { log } = recorder()
    const handle = createMessageHandler({
      ...log,
      info: () => {
        throw new Error('database unavailable')
      },
    })
    expect(() => handle(kafkaMessage(XML, 0))).toThrow('database unavailable')
  })
})

describe('the CKafka consumer recipe: runConsumer', () => {
  it('rejects (and does not hang) when no broker answers', async () => {
    // A port that was just free: nothing listens on it once the server is closed.
    const probe = await listen(createServer())
    const address = new URL(probe.url).host
    await probe.close()
    await expect(
      runConsumer({
        brokers: [address],
        topic: 'ci-callbacks',
        groupId: 'test',
        client: { connectionTimeout: 200, retry: { retries: 0 }, logLevel: logLevel.NOTHING },
        log: recorder().log,
      }),
    ).rejects.toThrow(/connect|ECONNREFUSED|Connection/i)
  })
})
