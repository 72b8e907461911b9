// Every ```ts block of the README is type-checked as written, against the sources (the package
// name mapped as in tsconfig.json), and run: blocks that define a server are started on
// 127.0.0.1 and sent real callbacks. A new block without a check here fails the first test.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, Server } from 'node:http'
import { join } from 'node:path'
import express from 'express'
import * as ts from 'typescript'
import { moderationDetailCallback, workflowFinishCallback } from 'tencent-ci-callback/testing'
import { listen, post, type Loopback } from './http/loopback'
import { FAILED_XML, SECRET, XML } from './examples/recorder'

const ROOT = join(__dirname, '..')

interface Block {
  readonly heading: string
  readonly code: string
}

/** The ```ts blocks of the README, each with the heading it is under. */
const blocks = (): ReadonlyArray<Block> => {
  const found: Block[] = []
  let heading = ''
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (/^#{2,3} /.test(line)) heading = line.replace(/^#+ /, '')
    if (line === '```ts') {
      const end = lines.indexOf('```', i + 1)
      found.push({ heading, code: lines.slice(i + 1, end).join('\n') + '\n' })
      i = end
    }
  }
  return found
}

const README_BLOCKS = blocks()
const blockUnder = (heading: string): string => {
  const block = README_BLOCKS.find((b) => b.heading === heading)
  if (block === undefined) throw new Error(`no ts block under "${heading}"`)
  return block.code
}

const tmpRoot = join(ROOT, '.tmp')
mkdirSync(tmpRoot, { recursive: true })
const work = mkdtempSync(join(tmpRoot, 'readme-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Writes a block (with `extra` appended) as a module and loads it through Jest, as the tests' own imports. */
let count = 0
const load = (code: string, extra = ''): unknown => {
  const file = join(work, `block-${count++}.ts`)
  writeFileSync(file, code + extra)
  const loaded: unknown = require(file)
  return loaded
}
const exported = (mod: unknown, name: string): unknown =>
  typeof mod === 'object' && mod !== null ? Reflect.get(mod, name) : undefined
const isFunction = <F>(u: unknown): u is F => typeof u === 'function'

type Handler = express.RequestHandler
type LogJobs = (body: string | Uint8Array, contentType?: string) => void
type HandleFetch = (request: Request, given: string, expected?: string) => Promise<Response>
type Run = () => Promise<void>

/** Captures console output while `f` runs. */
const captured = async (f: () => unknown): Promise<string> => {
  const lines: string[] = []
  const keep = (...args: unknown[]) => void lines.push(args.map(String).join(' '))
  const spies = (['log', 'info', 'warn', 'error'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation(keep),
  )
  try {
    await f()
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
  return lines.join('\n')
}

beforeAll(() => {
  process.env['CI_CALLBACK_SECRET'] = SECRET
})
afterAll(() => {
  delete process.env['CI_CALLBACK_SECRET']
})

describe('the README', () => {
  it('has a checked ts block under each of these headings, and no other', () => {
    expect(README_BLOCKS.map((b) => b.heading)).toEqual([
      'Handling every family',
      'API',
      'Job helpers',
      'Request helpers',
      'Testing your handler',
    ])
  })

  it('type-checks every ts block as written, with the strict tsconfig', () => {
    const dir = join(work, 'typecheck')
    mkdirSync(dir)
    const files = README_BLOCKS.map((b, i) => {
      const file = join(dir, `block-${i}.ts`)
      writeFileSync(file, b.code)
      return file
    })
    const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile)
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT)
    const program = ts.createProgram(files, { ...options, lib: ['lib.es2022.d.ts'], noEmit: true })
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file !== undefined && files.includes(d.file.fileName))
      .map((d) => `${d.file?.fileName.replace(dir, '')}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
    expect(diagnostics).toEqual([])
  }, 120_000)

  describe('"Handling every family" and "Testing your handler", against a server on 127.0.0.1', () => {
    let server: Loopback
    beforeAll(async () => {
      const router = exported(load(blockUnder('Handling every family')), 'router')
      if (!isFunction<Handler>(router)) throw new Error('the block exports no router')
      const app = express()
      app.use(router)
      app.use(express.json())
      server = await listen(createServer(app))
    })
    afterAll(() => server.close())

    const send = (body: string | Uint8Array, type = 'application/xml', secret = SECRET) =>
      post(`${server.url}/ci-callback/${secret}`, body, type)

    it('answers as the status table says', async () => {
      expect((await send(XML)).status).toBe(200)
      expect((await send('<Response><EventName>TaskFinish</EventName>')).status).toBe(400)
      expect((await send('<Response><EventName>TaskFinish</EventName></Response>')).status).toBe(422)
      expect((await send(XML, 'text/html')).status).toBe(415)
      expect((await send(new Uint8Array(5 * 1024 * 1024).fill(0x20))).status).toBe(413)
      expect((await send(XML, 'application/xml', 'guess')).status).toBe(404)
    })

    it('accepts a 170 kB callback (no 100 kB framework limit)', async () => {
      const large = Buffer.concat([XML, Buffer.alloc(170 * 1024, 0x20)])
      expect(await send(large)).toMatchObject({ status: 200, text: 'OK' })
    })

    it('logs each family: a job, a workflow run, a blocking verdict', async () => {
      const output = await captured(async () => {
        await send(XML)
        await send(workflowFinishCallback({ State: 'Failed' }).body('json'), 'application/json')
        await send(moderationDetailCallback().body('json'), 'application/json')
      })
      expect(output).toBe(
        [
          'covers output/smartcover-0.jpg,output/smartcover-1.jpg,output/smartcover-2.jpg,output/smartcover-3.jpg,output/smartcover-4.jpg',
          '  run ic90edd59f84f11ec9d4f525400a3c59f',
          'WorkflowFinish i166ee19017b011eda8a5525400c540df Failed',
          'ReviewImage blocked',
        ].join('\n'),
      )
    })

    it('"Testing your handler" posts to the path with the secret and gets 200', async () => {
      const code = blockUnder('Testing your handler').replace('http://127.0.0.1:3000', server.url)
      const imports = code.split('\n').filter((line) => line.startsWith('import '))
      const body = code.split('\n').filter((line) => !line.startsWith('import '))
      const run = exported(
        load(`${imports.join('\n')}\nexport const run = async () => {\n${body.join('\n')}\n}\n`),
        'run',
      )
      if (!isFunction<Run>(run)) throw new Error('no run')
      const output = await captured(run)
      // The route's own line for the job, then the snippet's: the status and the job's ID.
      expect(output).toMatch(/^Transcode (\w+) Failed\n200 \1$/)
    })
  })

  it('"API" decodes and prints the formatted error', async () => {
    const output = await captured(() => load(blockUnder('API')))
    expect(output).toMatch(/^✖ Invalid Tencent CI callback \(XML\)/)
    expect(output).toContain('JobsDetail')
  })

  it('"Job helpers" logs a failed job with its Code and Message, and a job\'s outputs', async () => {
    const logJobs = exported(load(blockUnder('Job helpers')), 'logJobs')
    if (!isFunction<LogJobs>(logJobs)) throw new Error('no logJobs')
    const failed = await captured(() => logJobs(FAILED_XML, 'application/xml'))
    expect(failed).toContain('j6842765cf84611ecb8546d80f2baf570 InvalidInput The input file is not a video')
    const seed = await captured(() => logJobs(XML, 'application/xml'))
    expect(seed).toMatch(/^\S+ ap-\S+ output\/smartcover-0\.jpg/m)
  })

  it('"Request helpers": the node:http server and the Fetch handler answer callbacks', async () => {
    const mod = load(blockUnder('Request helpers'))
    const server = exported(mod, 'server')
    const handleFetch = exported(mod, 'handleFetch')
    if (!(server instanceof Server) || !isFunction<HandleFetch>(handleFetch)) throw new Error('missing exports')
    const loopback = await listen(server)
    try {
      expect((await post(`${loopback.url}/ci-callback/${SECRET}`, XML, 'application/xml')).status).toBe(200)
      expect((await post(`${loopback.url}/ci-callback/guess`, XML, 'application/xml')).status).toBe(404)
    } finally {
      await loopback.close()
    }
    const request = () => new Request('http://127.0.0.1/ci-callback', { method: 'POST', body: XML })
    expect((await handleFetch(request(), SECRET, SECRET)).status).toBe(200)
    expect((await handleFetch(request(), 'guess', SECRET)).status).toBe(404)
    expect((await handleFetch(request(), SECRET, undefined)).status).toBe(404)
  })
})
