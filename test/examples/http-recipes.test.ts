import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { createApp as createExpressApp } from '../../examples/express'
import { createApp as createFastifyApp } from '../../examples/fastify'
import { createApp as createKoaApp } from '../../examples/koa'
import { createCallbackServer } from '../../examples/node-http'
import { MISSING_SECRET, type ReceiverOptions } from '../../examples/receiver'
import { listen, post, streamUpload, type Loopback } from '../http/loopback'
import { FAILED_XML, JOB_ID, JSON_BODY, MALFORMED, SECRET, SEED_JOB_LINE, XML, recorder } from './recorder'

const MAX_BYTES = 256 * 1024

/** Each recipe, started on 127.0.0.1 on a free port. */
const recipes: ReadonlyArray<[string, (options: ReceiverOptions) => Promise<Loopback>]> = [
  ['Express 5', (options) => listen(createServer(createExpressApp(options)))],
  ['Koa 3', (options) => listen(createServer(createKoaApp(options).callback()))],
  ['node:http', (options) => listen(createCallbackServer(options))],
  [
    'Fastify 5',
    async (options) => {
      const app = createFastifyApp(options)
      const url = await app.listen({ port: 0, host: '127.0.0.1' })
      return { url, close: () => app.close() }
    },
  ],
]

describe.each(recipes)('the %s recipe', (_, start) => {
  let server: Loopback
  let lines: string[]
  let url: string
  beforeEach(async () => {
    const recorded = recorder()
    lines = recorded.lines
    server = await start({ secret: SECRET, maxBytes: MAX_BYTES, log: recorded.log })
    url = `${server.url}/ci-callback/${SECRET}`
  })
  afterEach(() => server.close())

  it('accepts the seed XML, logs the job, and answers 200', async () => {
    expect(await post(url, XML, 'application/xml')).toMatchObject({ status: 200, text: 'OK' })
    expect(lines).toEqual([`info ${SEED_JOB_LINE}`])
  })

  it('accepts the seed JSON, and handles a duplicate delivery once', async () => {
    expect((await post(url, JSON_BODY, 'application/json')).status).toBe(200)
    expect((await post(url, XML, 'application/xml')).status).toBe(200)
    expect(lines).toEqual([`info ${SEED_JOB_LINE}`, `info duplicate delivery of ${JOB_ID}: already handled`])
  })

  it('accepts a callback over 100 kB (express.raw and body-parser default limit) up to maxBytes', async () => {
    const large = Buffer.concat([XML, Buffer.alloc(150 * 1024, 0x20)])
    expect(await post(url, large, 'application/xml')).toMatchObject({ status: 200, text: 'OK' })
    expect(lines).toEqual([`info ${SEED_JOB_LINE}`])
  })

  it('handles a callback with an invalid optional value, logging what was left out, and answers 200', async () => {
    const body = XML.toString('utf8').replace(/<Count>[^<]*<\/Count>/, '<Count>five</Count>')
    expect(await post(url, body, 'application/xml')).toMatchObject({ status: 200, text: 'OK' })
    expect(lines).toEqual([
      expect.stringMatching(
        /^warn ⚠ Tencent CI callback decoded without 1 invalid optional value\n {2}⚠ JobsDetail\[0\]\.Operation\.SmartCover\.Count = "five" \(line \d+, column \d+\): /,
      ),
      `info ${SEED_JOB_LINE}`,
    ])
  })

  it('logs a failed job with its Code and Message', async () => {
    expect((await post(url, FAILED_XML, 'application/xml')).status).toBe(200)
    expect(lines).toEqual([
      'warn SmartCover job j6842765cf84611ecb8546d80f2baf570 Failed: InvalidInput The input file is not a video: <moov> atom not found & no stream',
    ])
  })

  it('rejects a malformed body with 400 and the formatted error, and logs it', async () => {
    const reply = await post(url, MALFORMED, 'application/xml')
    expect(reply.status).toBe(400)
    expect(reply.text).toMatch(/^✖ Malformed Tencent CI callback \(XML\): .*\n {2}→ at line 1, column \d+$/)
    expect(lines).toEqual([`warn rejected callback:\n${reply.text}`])
  })

  it('says "empty" for an empty body under a JSON header', async () => {
    const reply = await post(url, '', 'application/json')
    expect(reply.status).toBe(400)
    expect(reply.text).toContain('Body is empty')
  })

  it('answers 404 without the secret, decoding nothing', async () => {
    expect((await post(`${server.url}/ci-callback/guess`, XML, 'application/xml')).status).toBe(404)
    expect(lines).toEqual([])
  })

  it('refuses a streamed body far over maxBytes with 413 without reading it all', async () => {
    const upload = await streamUpload(url, 128 * 1024 * 1024)
    expect(upload.reply.status).toBe(413)
    expect(upload.reply.text).toContain(`over the limit of ${MAX_BYTES} bytes`)
    expect(upload.sent).toBeLessThan(16 * 1024 * 1024)
  })
})

describe('the Express and Fastify recipes keep their JSON parser for other routes', () => {
  it.each([
    ['Express 5', (o: ReceiverOptions) => listen(createServer(createExpressApp(o)))],
    [
      'Fastify 5',
      async (o: ReceiverOptions) => {
        const app = createFastifyApp(o)
        return { url: await app.listen({ port: 0, host: '127.0.0.1' }), close: () => app.close() }
      },
    ],
  ])('%s', async (_, start) => {
    const server = await start({ secret: SECRET, log: recorder().log })
    try {
      const reply = await post(`${server.url}/api/echo`, '{"a":1}', 'application/json')
      expect(JSON.parse(reply.text)).toEqual({ a: 1 })
    } finally {
      await server.close()
    }
  })
})

describe.each(['express', 'fastify', 'koa', 'node-http'])('`npx tsx examples/%s.ts`, as the README says', (name) => {
  const ROOT = join(__dirname, '..', '..')
  const run = (env: NodeJS.ProcessEnv) => {
    const { CI_CALLBACK_SECRET: _unset, ...rest } = process.env
    // stdin closed, as in a non-interactive shell: npx must not prompt to install tsx.
    // Its own process group, so that stopping it stops npx, tsx and the server tsx runs.
    return spawn('npx', ['tsx', `examples/${name}.ts`], {
      cwd: ROOT,
      env: { ...rest, ...env },
      stdio: 'pipe',
      detached: true,
    })
  }
  const collect = (child: ChildProcess) => {
    let out = ''
    child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
    return () => out
  }

  it('refuses to start without CI_CALLBACK_SECRET, saying what to set', async () => {
    const child = run({})
    child.stdin?.end()
    const output = collect(child)
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
    expect({ code, output: output().trim() }).toEqual({ code: 1, output: MISSING_SECRET })
  }, 60_000)

  it('logs a line when listening, and answers a callback sent to the URL it names', async () => {
    const child = run({ CI_CALLBACK_SECRET: SECRET, PORT: '0' })
    child.stdin?.end()
    const output = collect(child)
    try {
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout?.on('data', () => {
          const found =
            /listening on (http:\/\/localhost:\d+): POST callbacks to \/ci-callback\/<CI_CALLBACK_SECRET>/.exec(
              output(),
            )
          if (found?.[1] !== undefined) resolve(found[1])
        })
        child.on('close', () => reject(new Error(`exited before listening:\n${output()}`)))
      })
      const origin = line.replace('localhost', '127.0.0.1')
      expect(await post(`${origin}/ci-callback/${SECRET}`, XML, 'application/xml')).toMatchObject({ status: 200 })
      expect((await post(`${origin}/ci-callback/guess`, XML, 'application/xml')).status).toBe(404)
    } finally {
      const closed = new Promise((resolve) => child.on('close', resolve))
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM')
      await closed
    }
    expect(output()).toContain(SEED_JOB_LINE)
  }, 60_000)
})
