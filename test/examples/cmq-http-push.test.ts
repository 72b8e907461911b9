import { createCmqPushServer } from '../../examples/cmq-http-push'
import type { Log } from '../../examples/receiver'
import { listen, type Loopback } from '../http/loopback'
import { CMQ_HEADERS, cmqEnvelope } from '../support/cmq'
import { JSON_BODY, SECRET, SEED_JOB_LINE, XML, recorder } from './recorder'

/** POSTs `body` as CMQ's push does: its headers, `text/plain`, with the message id given. */
const push = async (url: string, body: string | Uint8Array, messageId = '6942316962') => {
  const response = await fetch(url, {
    method: 'POST',
    body,
    headers: { ...CMQ_HEADERS, 'x-cmq-message-id': messageId, connection: 'close' },
  })
  return { status: response.status, text: await response.text() }
}

describe('the CMQ HTTP push recipe (a real server on 127.0.0.1)', () => {
  let server: Loopback
  let lines: string[]
  let url: string
  const start = async (log?: Log, maxBytes?: number) => {
    const recorded = recorder()
    lines = recorded.lines
    server = await listen(
      createCmqPushServer({
        secret: SECRET,
        log: log ?? recorded.log,
        ...(maxBytes === undefined ? {} : { maxBytes }),
      }),
    )
    url = `${server.url}/cmq-push/${SECRET}`
  }
  afterEach(() => server.close())

  it.each([
    ['XML', XML],
    ['JSON', JSON_BODY],
  ])('handles a JSON-format push whose msgBody is the seed %s callback, once per message id', async (_, body) => {
    await start()
    const envelope = cmqEnvelope(body.toString('utf8'), { publishTime: 1716192191 })
    expect(await push(url, envelope)).toStrictEqual({ status: 200, text: 'OK' })
    // CMQ delivers at least once: the same message again is acknowledged, not handled twice.
    expect(await push(url, envelope)).toStrictEqual({ status: 200, text: 'OK' })
    expect(lines).toStrictEqual([
      `info ${SEED_JOB_LINE}`,
      'info CMQ delivered message 6942316962 again: already handled',
    ])
  })

  it('handles a SIMPLIFIED-format push (the body is the callback), keyed on x-cmq-message-id', async () => {
    await start()
    expect(await push(url, XML, '7000000001')).toStrictEqual({ status: 200, text: 'OK' })
    expect(await push(url, XML, '7000000001')).toStrictEqual({ status: 200, text: 'OK' })
    expect(lines).toStrictEqual([
      `info ${SEED_JOB_LINE}`,
      'info CMQ delivered message 7000000001 again: already handled',
    ])
  })

  it("acknowledges a message that is not a callback (CMQ's own sample), logging why: a retry cannot help", async () => {
    await start()
    expect(await push(url, cmqEnvelope('test message'))).toStrictEqual({ status: 200, text: 'Dropped' })
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^error dropped CMQ message 6942316962:\n✖ Malformed Tencent CI callback.*In the msgBody of CMQ message "6942316962": Body is neither XML/s,
    )
  })

  it('acknowledges and logs a push over maxBytes, unread past the limit', async () => {
    await start(undefined, 1024)
    expect(await push(url, cmqEnvelope(XML.toString('utf8')))).toStrictEqual({ status: 200, text: 'Dropped' })
    expect(lines[0]).toMatch(/^error dropped CMQ message 6942316962:\n✖ .*1024 bytes/s)
  })

  it('answers 500 when handling fails, so CMQ delivers the message again, and passes the redelivery on', async () => {
    let failures = 1
    const { log, lines: recorded } = recorder()
    await start({
      ...log,
      info: (line) => {
        if (failures-- > 0) throw new Error('database unavailable')
        log.info(line)
      },
    })
    const envelope = cmqEnvelope(XML.toString('utf8'), { msgId: '7000000002' })
    expect(await push(url, envelope)).toStrictEqual({ status: 500, text: 'Handling failed' })
    expect(recorded).toStrictEqual(['error handling CMQ message 7000000002 failed: database unavailable'])
    // The message id, and the receiver's JobId key, are recorded only once handled, so the
    // redelivery is handled in full.
    expect(await push(url, envelope)).toStrictEqual({ status: 200, text: 'OK' })
    expect(recorded[1]).toBe(`info ${SEED_JOB_LINE}`)
  })

  it('answers 404 to a wrong secret or another method, as if nothing were there', async () => {
    await start()
    expect((await push(`${server.url}/cmq-push/guess`, cmqEnvelope(XML.toString('utf8')))).status).toBe(404)
    expect((await fetch(url, { headers: { connection: 'close' } })).status).toBe(404)
    expect(lines).toStrictEqual([])
  })
})
