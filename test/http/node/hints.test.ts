import { Readable } from 'node:stream'
import * as E from 'fp-ts/lib/Either.js'
import { parseNodeRequest, type Framework } from 'tencent-ci-callback/node'
import { MAX_MESSAGE } from '../../../src/errors'
import { consumedStreamMessage, parsedBodyMessage } from '../../../src/http/node/hints'

const FRAMEWORKS: ReadonlyArray<Framework> = ['express', 'fastify', 'koa', 'node']

/** The longest descriptions src/body.ts gives a body that is not raw bytes. */
const RECEIVED = ['an already-parsed object', 'an object posing as a Uint8Array', 'an object that could not be read']

describe('the misconfiguration hints of parseNodeRequest', () => {
  it.each(FRAMEWORKS)('fit whole in the message bound, and recommend the request helper (%s)', (framework) => {
    const messages = [
      ...RECEIVED.map((received) => parsedBodyMessage(framework, received)),
      consumedStreamMessage(framework),
    ]
    for (const message of messages) {
      expect(message.length).toBeLessThanOrEqual(MAX_MESSAGE)
      expect(message).toContain('parseNodeRequest from tencent-ci-callback/node')
      expect(message).not.toContain('express.raw')
    }
  })

  it.each(FRAMEWORKS)('reach the caller uncut (%s)', async (framework) => {
    const parsed = await parseNodeRequest(
      { headers: { 'content-type': 'application/json' }, body: { a: 1 } },
      { framework },
    )
    expect(E.isLeft(parsed) && parsed.left.message).toBe(parsedBodyMessage(framework, 'an already-parsed object'))

    const stream = Readable.from([Buffer.from('{}')])
    for await (const chunk of stream) void chunk
    const consumed = await parseNodeRequest(
      { headers: { 'content-type': 'application/json' }, raw: stream },
      { framework },
    )
    expect(E.isLeft(consumed) && consumed.left.message).toBe(consumedStreamMessage(framework))
  })
})
