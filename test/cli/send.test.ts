import { readFile, rm } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import { dirname, join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { parseCallback } from 'tencent-ci-callback'
import { FIXTURE_NAMES, FIXTURES } from '../../src/cli/fixtures'
import { buildCli, runChild } from './built-cli'
import { cli, sample, SAMPLES } from './cli-harness'

interface Received {
  readonly method: string | undefined
  readonly path: string | undefined
  readonly headers: IncomingHttpHeaders
  readonly body: Buffer
}

/** A real receiver on 127.0.0.1: records every request, answers with `answer` (or never, for `hang`). */
const receiver = async () => {
  const received: Received[] = []
  const state = { status: 200, body: 'ok', hang: false }
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      received.push({ method: req.method, path: req.url, headers: req.headers, body: Buffer.concat(chunks) })
      if (state.hang) return
      res.writeHead(state.status, { 'Content-Type': 'text/plain' }).end(state.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the receiver is not on a TCP port')
  const { port } = address
  return { received, state, server, url: `http://127.0.0.1:${port}/ci-callback/s3cret` }
}

let r: Awaited<ReturnType<typeof receiver>>
beforeEach(async () => {
  r = await receiver()
})
afterEach(async () => {
  r.server.closeAllConnections()
  await new Promise((resolve) => r.server.close(resolve))
})

const last = (): Received => {
  const request = r.received.at(-1)
  if (request === undefined) throw new Error('the receiver got nothing')
  return request
}

describe('tencent-ci-callback send', () => {
  it('POSTs a fixture as XML by default and prints the status and the body it got back', async () => {
    const { status, outLines, err } = await cli(['send', r.url, '--fixture', 'smart-cover'])
    expect(status).toBe(0)
    expect(outLines).toEqual(['200 OK', 'ok'])
    const request = last()
    expect(request.method).toBe('POST')
    expect(request.path).toBe('/ci-callback/s3cret')
    expect(request.headers['content-type']).toBe('application/xml')
    expect(err).toBe(`POST ${r.url} (fixture smart-cover, application/xml, ${request.body.length} bytes)`)
    const decoded = parseCallback(request.body, request.headers['content-type'])
    expect(E.isRight(decoded) && decoded.right.EventName === 'TaskFinish' && decoded.right.JobsDetail[0]?.JobId).toBe(
      'j8d9a2a0cf84611ecb8546d80f2baf56f',
    )
  })

  it.each(FIXTURE_NAMES.flatMap((name) => (FIXTURES[name]?.formats ?? []).map((format) => [name, format])))(
    'sends fixture %s as %s, which decodes with the headers sent',
    async (name, format) => {
      expect((await cli(['send', r.url, '--fixture', name, '--format', format])).status).toBe(0)
      const request = last()
      expect(request.headers['content-type']).toBe(`application/${format}`)
      const version = request.headers['x-ci-content-version']
      const decoded = parseCallback(request.body, request.headers['content-type'], {
        contentVersion: typeof version === 'string' ? version : undefined,
      })
      expect(E.isRight(decoded)).toBe(true)
    },
  )

  it('sends the moderation fixtures as JSON with X-Ci-Content-Version, as Tencent does', async () => {
    await cli(['send', r.url, '--fixture', 'moderation-detail'])
    expect(last().headers).toMatchObject({ 'content-type': 'application/json', 'x-ci-content-version': 'Detail' })
    const refused = await cli(['send', r.url, '--fixture', 'moderation-simple', '--format', 'xml'])
    expect(refused.status).toBe(2)
    expect(refused.err).toContain('fixture "moderation-simple" is sent as json only')
  })

  it('sends a file byte for byte, its Content-Type from what the body starts with', async () => {
    const file = sample('moderation', 'image', 'simple-2.json')
    expect((await cli(['send', r.url, file])).status).toBe(0)
    expect(last().body.equals(await readFile(file))).toBe(true)
    expect(last().headers).toMatchObject({ 'content-type': 'application/json', 'x-ci-content-version': 'Simple' })
    await cli(['send', r.url, sample('workflow', 'finish.xml'), '-H', 'X-Trace: t-1'])
    expect(last().headers).toMatchObject({ 'content-type': 'application/xml', 'x-trace': 't-1' })
  })

  it('sends an invalid body as it is, and stdin', async () => {
    const bad = sample('invalid', 'MalformedBody', 'truncated.xml')
    await cli(['send', r.url, bad])
    expect(last().body.equals(await readFile(bad))).toBe(true)
    await cli(['send', r.url, '-'], '{"EventName":"TaskFinish","JobsDetail":[]}')
    expect(last().body.toString()).toBe('{"EventName":"TaskFinish","JobsDetail":[]}')
  })

  it('exits 1 on an answer other than 2xx, printing it', async () => {
    r.state.status = 400
    r.state.body = 'Invalid Tencent CI callback'
    const { status, outLines } = await cli(['send', r.url, '--fixture', 'failed-transcode'])
    expect(status).toBe(1)
    expect(outLines).toEqual(['400 Bad Request', 'Invalid Tencent CI callback'])
  })

  it('exits 2 when the receiver cannot be reached, or does not answer in time', async () => {
    r.state.hang = true
    const slow = await cli(['send', r.url, '--fixture', 'smart-cover', '--timeout', '200'])
    expect(slow.status).toBe(2)
    expect(slow.err).toContain('no answer in time')
    r.server.closeAllConnections()
    await new Promise((resolve) => r.server.close(resolve))
    const down = await cli(['send', r.url, '--fixture', 'smart-cover'])
    expect(down.status).toBe(2)
    expect(down.err).toMatch(/no answer from http:\/\/127\.0\.0\.1:\d+\/ci-callback\/s3cret: .*ECONNREFUSED/)
    r = await receiver()
  })

  it.each([
    [['send'], 'needs the receiver URL'],
    [['send', 'ftp://example.com/x', '--fixture', 'smart-cover'], 'needs an http:// or https:// URL'],
    [['send', 'http://127.0.0.1:1/'], 'needs a file, - for stdin, or --fixture name'],
    [['send', 'http://127.0.0.1:1/', '--fixture', 'nope'], 'no fixture "nope"; there are: smart-cover, '],
    [['send', 'http://127.0.0.1:1/', 'a.xml', '--fixture', 'smart-cover'], 'a file or --fixture, not both'],
    [['send', 'http://127.0.0.1:1/', '--fixture', 'smart-cover', '-H', 'nocolon'], '--header must be "Name: value"'],
  ])('refuses %j: %s', async (argv, reason) => {
    const { status, err } = await cli(argv)
    expect(status).toBe(2)
    expect(err).toContain(reason)
    expect(r.received).toHaveLength(0)
  })

  it('lists every fixture in send --help', async () => {
    const { status, out } = await cli(['send', '--help'])
    expect(status).toBe(0)
    for (const name of FIXTURE_NAMES) expect(out).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'))
    expect((await cli(['--help'])).out).toContain('tencent-ci-callback send <url>')
  })

  it('works as the built command, against the same receiver', async () => {
    const built = await buildCli()
    try {
      const done = await runChild(
        process.execPath,
        [built, 'send', r.url, '--fixture', 'workflow-finish'],
        join(SAMPLES, '..'),
      )
      expect({ status: done.status, stdout: done.stdout }).toEqual({ status: 0, stdout: '200 OK\nok\n' })
      expect(last().body.toString()).toContain('<EventName>WorkflowFinish</EventName>')
    } finally {
      await rm(dirname(built), { recursive: true, force: true })
    }
  }, 60_000)
})
