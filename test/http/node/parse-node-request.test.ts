import { IncomingMessage } from 'node:http'
import { Socket, connect } from 'node:net'
import { Readable } from 'node:stream'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { toHttpResponse, type CallbackError, type CiCallback } from 'tencent-ci-callback'
import { parseNodeRequest, sendHttpResponse, type NodeRequest, type NodeRequestOptions } from 'tencent-ci-callback/node'
import { post, serve, streamUpload, type Loopback } from '../loopback'
import { taskFinish } from '../../support/callbacks'

const SAMPLES = join(__dirname, '..', '..', '..', 'samples', 'smart-cover')
const XML = readFileSync(join(SAMPLES, 'workflow.xml'))
const JSON_BODY = readFileSync(join(SAMPLES, 'workflow.json'))

/** A server that decodes with `parseNodeRequest`, remembers each result and answers with `toHttpResponse`. */
const decodingServer = async (options?: NodeRequestOptions) => {
  const results: Array<E.Either<CallbackError, CiCallback>> = []
  const server: Loopback = await serve(async (req, res) => {
    const result = await parseNodeRequest(req, options)
    results.push(result)
    sendHttpResponse(res, toHttpResponse(result))
  })
  return { ...server, results }
}

const leftOf = <A>(result: E.Either<CallbackError, A> | undefined): CallbackError => {
  if (result === undefined || E.isRight(result)) throw new Error('expected a Left')
  return result.left
}

describe('parseNodeRequest on a node:http server', () => {
  let server: Awaited<ReturnType<typeof decodingServer>>
  beforeEach(async () => {
    server = await decodingServer({ maxBytes: 64 * 1024 })
  })
  afterEach(() => server.close())

  it.each([
    ['XML', XML, 'application/xml'],
    ['JSON', JSON_BODY, 'application/json'],
    ['JSON labelled application/xml, as Tencent documents it', JSON_BODY, 'application/xml'],
  ])('decodes the seed sample (%s) and answers 200', async (_, body, type) => {
    const reply = await post(server.url, body, type)
    expect(reply).toMatchObject({ status: 200, text: 'OK' })
    const result = server.results[0]
    if (result === undefined || E.isLeft(result)) throw new Error('expected a Right')
    const job = taskFinish(result).JobsDetail[0]
    expect(job?.JobId).toBe('j6842765cf84611ecb8546d80f2baf56f')
    expect(job?.Workflow?.RunId).toBe('ic90edd59f84f11ec9d4f525400a3c59f')
  })

  it('answers 400 with the formatted error for a malformed body', async () => {
    const reply = await post(server.url, '<Response><EventName>TaskFinish', 'application/xml')
    expect(reply.status).toBe(400)
    expect(reply.text).toMatch(/^✖ Malformed Tencent CI callback \(XML\)/)
    expect(leftOf(server.results[0])._tag).toBe('MalformedBody')
  })

  it.each(['application/xml', 'application/json', undefined])('says "empty" for an empty body (%s)', async (type) => {
    const reply = await post(server.url, '', type)
    expect(reply.status).toBe(400)
    expect(leftOf(server.results[0]).message).toMatch(/^Body is empty/)
  })

  it('refuses a declared Content-Length over maxBytes before reading it', async () => {
    const reply = await post(server.url, new Uint8Array(200 * 1024).fill(0x20), 'application/xml')
    expect(reply.status).toBe(413)
    expect(leftOf(server.results[0])).toMatchObject({ _tag: 'LimitExceeded', limit: 64 * 1024, actual: 200 * 1024 })
  })

  it('refuses a streamed body far over maxBytes without reading it all', async () => {
    const total = 256 * 1024 * 1024
    const upload = await streamUpload(server.url, total)
    expect(upload.reply.status).toBe(413)
    expect(upload.reply.headers.connection).toBe('close')
    const error = leftOf(server.results[0])
    if (error._tag !== 'LimitExceeded') throw new Error(`expected LimitExceeded, got ${error._tag}`)
    // Read just past the limit (one chunk), and the client was stopped long before the end.
    expect(error.actual).toBeGreaterThan(64 * 1024)
    expect(error.actual).toBeLessThanOrEqual(64 * 1024 + 64 * 1024)
    expect(error.message).toContain('at least')
    expect(upload.sent).toBeLessThan(total / 8)
  })
})

describe('parseNodeRequest when the client goes away mid-body', () => {
  it('resolves to an InvalidArgument on the body, never rejects or hangs', async () => {
    let settle: (result: E.Either<CallbackError, CiCallback>) => void = () => undefined
    const settled = new Promise<E.Either<CallbackError, CiCallback>>((resolve) => (settle = resolve))
    const server = await serve(async (req, res) => {
      settle(await parseNodeRequest(req))
      res.end()
    })
    try {
      const { port } = new URL(server.url)
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          'POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/xml\r\nContent-Length: 1000\r\n\r\n<Response>',
        )
        setImmediate(() => socket.destroy())
      })
      const error = leftOf(await settled)
      expect(error).toMatchObject({ _tag: 'InvalidArgument', argument: 'body' })
    } finally {
      await server.close()
    }
  })
})

/** A real, unconnected `IncomingMessage` whose body is `chunks`. */
const incoming = (...chunks: ReadonlyArray<Uint8Array>): IncomingMessage => {
  const message = new IncomingMessage(new Socket())
  for (const chunk of chunks) message.push(chunk)
  message.push(null)
  return message
}

/** A request stream that has already been read to its end, as a body parser leaves it. */
const consumedStream = async (): Promise<IncomingMessage> => {
  const stream = incoming(Buffer.from('{"EventName":"TaskFinish"}'))
  for await (const chunk of stream) void chunk
  return stream
}

describe('parseNodeRequest on bodies a framework already read', () => {
  const headers = { 'content-type': 'application/json' }

  it('uses req.rawBody and a Buffer or string req.body as the raw bytes', async () => {
    const raw = await consumedStream()
    for (const request of [
      { headers, rawBody: JSON_BODY, body: { parsed: true }, raw },
      { headers, body: JSON_BODY, raw },
      { headers, body: JSON_BODY.toString('utf8'), raw },
    ]) {
      const result = await parseNodeRequest(request)
      expect(E.isRight(result) && taskFinish(result).JobsDetail[0]?.JobId).toBe('j6842765cf84611ecb8546d80f2baf56f')
    }
  })

  // The shapes each framework hands over once its JSON parser ran (the stream read to its end).
  const parsed = { EventName: 'TaskFinish' }
  const expressReq = async () => Object.assign(await consumedStream(), { body: parsed, app: {}, res: {} })
  const fastifyRequest = async () => ({ headers, body: parsed, raw: await consumedStream(), server: {} })
  const koaRequest = async () => ({ headers, body: parsed, req: await consumedStream(), ctx: {} })

  it.each<[string, () => Promise<NodeRequest>, RegExp]>([
    ['Express', expressReq, /route before app\.use\(express\.json\(\)\)/],
    ['Fastify', fastifyRequest, /removeAllContentTypeParsers\(\)/],
    ['Koa', koaRequest, /koa-bodyparser.*ctx\.request\.rawBody/],
  ])('turns a parsed object from %s into an InvalidArgument naming that fix', async (_, request, fix) => {
    const error = leftOf(await parseNodeRequest(await request()))
    expect(error).toMatchObject({ _tag: 'InvalidArgument', argument: 'body', received: 'an already-parsed object' })
    expect(error.message).toMatch(fix)
    expect(toHttpResponse(E.left(error)).status).toBe(500)
  })

  it('lets options.framework choose the hint', async () => {
    const error = leftOf(await parseNodeRequest({ headers, body: { a: 1 } }, { framework: 'fastify' }))
    expect(error.message).toContain('removeAllContentTypeParsers')
  })

  it('says the stream was already read when a parser consumed it and left nothing', async () => {
    const req = { headers, req: await consumedStream(), ctx: {} }
    const error = leftOf(await parseNodeRequest(req))
    expect(error).toMatchObject({ _tag: 'InvalidArgument', received: 'a request stream already read' })
    expect(error.message).toContain('koa-bodyparser')
  })

  it('reads the stream when Express 4 left an empty {} body for a type it did not parse', async () => {
    const stream = incoming(XML)
    const result = await parseNodeRequest({ headers: { 'content-type': 'application/xml' }, body: {}, raw: stream })
    expect(E.isRight(result)).toBe(true)
  })

  it('returns bad options as a Left', async () => {
    const error = leftOf(await parseNodeRequest({ headers, body: JSON_BODY }, { maxBytes: -1 }))
    expect(error).toMatchObject({ _tag: 'InvalidArgument', argument: 'options' })
  })

  it('turns a failing stream into a Left, never a rejection', async () => {
    const stream = new Readable({
      read() {
        this.destroy(new Error('socket hang up'))
      },
    })
    const error = leftOf(await parseNodeRequest({ headers, raw: stream }))
    expect(error).toMatchObject({ _tag: 'InvalidArgument', argument: 'body' })
    expect(error.message).toContain('socket hang up')
  })
})

describe('parseNodeRequest given something other than a request', () => {
  it('resolves to an InvalidArgument naming what it needs, never rejects', async () => {
    for (const value of [undefined, null, 'body', 42, {}, { headers: null }]) {
      // Plain JavaScript can pass anything; the typed signature is bypassed on purpose here.
      const result: unknown = await Reflect.apply(parseNodeRequest, undefined, [value])
      expect(result).toMatchObject({ _tag: 'Left', left: { _tag: 'InvalidArgument', argument: 'body' } })
      expect(JSON.stringify(result)).toContain('parseNodeRequest needs the node:http request')
    }
  })
})
