import { createServer } from 'node:http'
import { POST } from '../../examples/next-route'
import { createFetchReceiver, MISSING_SECRET } from '../../examples/receiver'
import { createHandler, type ApiGatewayEvent } from '../../examples/scf-api-gateway'
import { listen, post, type Loopback } from '../http/loopback'
import { JSON_BODY, MALFORMED, SECRET, SEED_JOB_LINE, XML, recorder } from './recorder'

describe('the Fetch receiver of the Next.js route handler recipe (a real Fetch Request)', () => {
  const request = (body: Uint8Array | string, type: string, secret = SECRET) =>
    new Request(`http://127.0.0.1/ci-callback/${secret}`, { method: 'POST', body, headers: { 'content-type': type } })

  const call = async (body: Uint8Array | string, type: string, secret = SECRET) => {
    const { log, lines } = recorder()
    const receive = createFetchReceiver({ log, maxBytes: 64 * 1024 })
    const response = await receive(request(body, type, secret), secret, SECRET)
    return { status: response.status, text: await response.text(), type: response.headers.get('content-type'), lines }
  }

  it.each([
    ['XML', XML, 'application/xml'],
    ['JSON', JSON_BODY, 'application/json'],
  ])('accepts the seed %s and logs the job', async (_, body, type) => {
    expect(await call(body, type)).toEqual({
      status: 200,
      text: 'OK',
      type: 'text/plain; charset=utf-8',
      lines: [`info ${SEED_JOB_LINE}`],
    })
  })

  it('rejects a malformed body with 400 and logs it', async () => {
    const { status, text, lines } = await call(MALFORMED, 'application/xml')
    expect(status).toBe(400)
    expect(text).toMatch(/^✖ Malformed Tencent CI callback \(XML\)/)
    expect(lines).toEqual([`warn rejected callback:\n${text}`])
  })

  it('answers 404 to a wrong secret and 413 over maxBytes', async () => {
    expect((await call(XML, 'application/xml', 'guess')).status).toBe(404)
    expect((await call(new Uint8Array(100 * 1024).fill(0x20), 'application/xml')).status).toBe(413)
  })

  it('answers 500 and logs what to set when CI_CALLBACK_SECRET is missing, never a silent 404', async () => {
    const { log, lines } = recorder()
    const response = await createFetchReceiver({ log })(request(XML, 'application/xml'), SECRET, undefined)
    expect(response.status).toBe(500)
    expect(lines).toEqual([`error ${MISSING_SECRET}`])
  })

  it('is what the route file exports as POST, reading the secret from the environment', async () => {
    const info = jest.spyOn(console, 'info').mockImplementation(() => undefined)
    process.env['CI_CALLBACK_SECRET'] = SECRET
    try {
      const response = await POST(request(XML, 'application/xml'), { params: Promise.resolve({ secret: SECRET }) })
      expect(response.status).toBe(200)
      expect(info).toHaveBeenCalledWith(SEED_JOB_LINE)
      const wrong = await POST(request(XML, 'application/xml', 'guess'), {
        params: Promise.resolve({ secret: 'guess' }),
      })
      expect(wrong.status).toBe(404)
    } finally {
      delete process.env['CI_CALLBACK_SECRET']
      info.mockRestore()
    }
  })
})

/**
 * A stand-in for API Gateway on 127.0.0.1: turns each HTTP request into the SCF trigger event
 * (binary bodies base64-encoded, as the gateway does) and the handler's object into the answer.
 */
const gateway = (
  handler: (
    event: ApiGatewayEvent,
  ) => Promise<{ statusCode: number; headers: Readonly<Record<string, string>>; body: string }>,
): Promise<Loopback> =>
  listen(
    createServer(async (req, res) => {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
      const path = new URL(req.url ?? '/', 'http://localhost').pathname
      const headers: Record<string, string> = {}
      for (const [key, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[key] = value
      const binary = headers['content-type'] === 'application/octet-stream'
      const body = Buffer.concat(chunks)
      const reply = await handler({
        httpMethod: req.method ?? 'GET',
        path,
        headers,
        body: binary ? body.toString('base64') : body.toString('utf8'),
        isBase64Encoded: binary,
        pathParameters: { secret: path.split('/').pop() ?? '' },
      })
      res.writeHead(reply.statusCode, reply.headers).end(reply.body)
    }),
  )

describe('the SCF API Gateway recipe', () => {
  let server: Loopback
  let lines: string[]
  beforeEach(async () => {
    const recorded = recorder()
    lines = recorded.lines
    server = await gateway(createHandler(SECRET, recorded.log))
  })
  afterEach(() => server.close())

  it.each([
    ['XML', XML, 'application/xml'],
    ['JSON', JSON_BODY, 'application/json'],
    ['JSON sent as base64 by the gateway', JSON_BODY, 'application/octet-stream'],
  ])('accepts the seed %s and logs the job', async (_, body, type) => {
    expect(await post(`${server.url}/ci-callback/${SECRET}`, body, type)).toMatchObject({ status: 200, text: 'OK' })
    expect(lines).toEqual([`info ${SEED_JOB_LINE}`])
  })

  it('answers 500 and logs what to set when CI_CALLBACK_SECRET is missing', async () => {
    const { log, lines } = recorder()
    const reply = await createHandler(
      undefined,
      log,
    )({ httpMethod: 'POST', path: `/ci-callback/${SECRET}`, headers: {} })
    expect(reply.statusCode).toBe(500)
    expect(lines).toEqual([`error ${MISSING_SECRET}`])
  })

  it('rejects a malformed body with 400, and a wrong secret with 404', async () => {
    const reply = await post(`${server.url}/ci-callback/${SECRET}`, MALFORMED, 'application/xml')
    expect(reply.status).toBe(400)
    expect(reply.text).toMatch(/^✖ Malformed Tencent CI callback \(XML\)/)
    expect((await post(`${server.url}/ci-callback/guess`, XML, 'application/xml')).status).toBe(404)
    expect(lines).toEqual([`warn rejected callback:\n${reply.text}`])
  })
})
