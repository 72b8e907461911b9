// Packs the library as npm would publish it, lints the tarball (publint --strict, and
// are-the-types-wrong for every entry), installs it into a fresh temporary project (offline:
// dependencies are copied from this repo's node_modules), then, in child processes: imports and
// requires every entry (`tencent-ci-callback`, `tencent-ci-callback/codecs`, `tencent-ci-callback/node`,
// `tencent-ci-callback/testing`) and checks they decode a callback, the ES build also under the `browser`
// condition; checks where `#fast-xml-parser` resolves under each condition; loads the main entry in a VM context without `Buffer`, `process` or `node:` modules;
// runs the CLI; reads the editor hover of every node a handler reads (scripts/smoke-hovers.mjs); and runs
// the README's quick start against real requests. Run with
// `npm run test:smoke`. Exits non-zero on any failure; the temporary directory is always removed.

import { spawn, spawnSync } from 'node:child_process'
import { createServer } from 'node:net'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { checkHovers } from './smoke-hovers.mjs'

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)))
const work = mkdtempSync(join(tmpdir(), 'tencent-ci-callback-smoke-'))
const cleanup = () => rmSync(work, { recursive: true, force: true })
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    cleanup()
    process.exit(1)
  })
}

class SmokeFailure extends Error {}

/** Runs a command synchronously; throws with its output when it fails. */
const run = (command, args, cwd) => {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] })
  if (r.error !== undefined) throw new SmokeFailure(`${command} ${args.join(' ')}: ${r.error.message}`)
  if (r.status !== 0) {
    throw new SmokeFailure(`${command} ${args.join(' ')} exited with ${r.status ?? r.signal}\n${r.stdout}${r.stderr}`)
  }
  return r.stdout
}

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'))

/** Finds `name` as Node would from `fromDir`, without leaving the repo; `undefined` if absent. */
const locate = (name, fromDir) => {
  for (let dir = fromDir; dir === repoRoot || dir.startsWith(repoRoot + sep); dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
  }
  return undefined
}

/**
 * Copies `names` and everything they depend on (dependencies and peer dependencies, transitively)
 * from the repo's node_modules into `targetModules`. Packages nested in another package's own
 * node_modules come along with it.
 */
const copyDependencies = (names, targetModules) => {
  const queue = names.map((name) => ({ name, fromDir: repoRoot }))
  const seen = new Set()
  while (queue.length > 0) {
    const { name, fromDir } = queue.shift()
    const source = locate(name, fromDir)
    if (source === undefined) throw new SmokeFailure(`${name} is not installed in ${repoRoot}: run npm install`)
    if (seen.has(source)) continue
    seen.add(source)
    if (source === join(repoRoot, 'node_modules', name)) {
      cpSync(source, join(targetModules, name), { recursive: true, dereference: true })
      console.log(`  copied ${name}`)
    }
    const pkg = readJson(join(source, 'package.json'))
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })) {
      queue.push({ name: dep, fromDir: source })
    }
  }
}

const CALLBACK = `<Response>
  <EventName>TaskFinish</EventName>
  <JobsDetail>
    <Tag>SmartCover</Tag>
    <JobId>j6842765cf84611ecb8546d80f2baf56f</JobId>
    <State>Success</State>
    <CreationTime>2022-06-30T15:29:42+0800</CreationTime>
    <Operation><SmartCover><Count>5</Count></SmartCover></Operation>
  </JobsDetail>
</Response>`

/** The checks both child processes run once both entries are loaded. */
const CHECKS = `
const check = (what, ok) => {
  console.log((ok ? 'ok   ' : 'FAIL ') + what)
  if (!ok) process.exitCode = 1
}
const xml = ${JSON.stringify(CALLBACK)}
const result = parseCallback(xml, undefined)
check('SmartCover callback decodes to a Right', E.isRight(result))
if (E.isLeft(result)) console.log(formatCallbackError(result.left))
else {
  check("EventName === 'TaskFinish'", result.right.EventName === 'TaskFinish')
  const job = result.right.JobsDetail[0]
  check("job.Tag === 'SmartCover'", job.Tag === 'SmartCover')
  check('job.Operation.SmartCover.Count === 5', job.Operation.SmartCover.Count === 5)
  check('job.CreationTime instanceof Date (2022-06-30T07:29:42.000Z)',
    job.CreationTime instanceof Date && job.CreationTime.toISOString() === '2022-06-30T07:29:42.000Z')
  check('isWorkflowJob(job) === false', isWorkflowJob(job) === false)
  check('tencent-ci-callback/codecs: SmartCoverJob.is(job)', SmartCoverJob.is(job))
  check('tencent-ci-callback/codecs: SmartCoverJob.encode(job) gives the wire Count', SmartCoverJob.encode(job).Operation.SmartCover.Count === '5')
}
const time = DateFromTencentTime.decode('2022-06-30T15:29:42+0800')
check('tencent-ci-callback/codecs: DateFromTencentTime decodes a Tencent time',
  E.isRight(time) && time.right.toISOString() === '2022-06-30T07:29:42.000Z')
check('the main entry holds no codec at run time', !('TranscodeJob' in main) && !('CiCallback' in main))
const truncated = parseCallback(xml.slice(0, 120), undefined)
check("truncated body gives a Left with _tag 'MalformedBody'", E.isLeft(truncated) && truncated.left._tag === 'MalformedBody')
if (E.isLeft(truncated)) check('formatCallbackError renders it', formatCallbackError(truncated.left).startsWith('✖ Malformed'))
check('toHttpResponse answers 200 and 400', toHttpResponse(result).status === 200 && toHttpResponse(truncated).status === 400)
const checkHelpers = async () => {
  const fromRequest = await parseRequest(new Request('http://127.0.0.1/', { method: 'POST', body: xml }))
  check('parseRequest decodes a Fetch Request', E.isRight(fromRequest))
  const stream = Readable.from([Buffer.from(xml)])
  const fromStream = await parseNodeRequest({ headers: { 'content-type': 'application/xml' }, raw: stream })
  check('tencent-ci-callback/node: parseNodeRequest reads a stream', E.isRight(fromStream))
  const parsed = await parseNodeRequest({ headers: {}, body: { EventName: 'TaskFinish' }, app: {}, res: {} })
  check('tencent-ci-callback/node: a parsed body names the Express fix',
    E.isLeft(parsed) && parsed.left.message.includes('express.json()'))
  check('tencent-ci-callback/node: sendHttpResponse is a function', typeof sendHttpResponse === 'function')
  const fixture = failedTranscodeCallback()
  const fromFixture = parseCallback(fixture.body('xml'), 'application/xml')
  check('tencent-ci-callback/testing: a fixture body decodes to a failed Transcode job',
    E.isRight(fromFixture) && fromFixture.right.JobsDetail[0].Tag === 'Transcode' && fromFixture.right.JobsDetail[0].State === 'Failed')
  check('tencent-ci-callback/testing: moderationDetailCallback gives JSON',
    E.isRight(parseCallback(moderationDetailCallback().body('json'), 'application/json')))
}
checkHelpers().catch((e) => {
  console.log('FAIL ' + e)
  process.exitCode = 1
})
`

const ESM = `import { parseCallback, isWorkflowJob, formatCallbackError, parseRequest, toHttpResponse } from 'tencent-ci-callback'
import * as main from 'tencent-ci-callback'
import { SmartCoverJob, DateFromTencentTime } from 'tencent-ci-callback/codecs'
import { parseNodeRequest, sendHttpResponse } from 'tencent-ci-callback/node'
import { failedTranscodeCallback, moderationDetailCallback } from 'tencent-ci-callback/testing'
import { Readable } from 'node:stream'
import * as E from 'fp-ts/lib/Either.js'
console.log('resolved ' + import.meta.resolve('tencent-ci-callback'))
console.log('resolved ' + import.meta.resolve('tencent-ci-callback/codecs'))
console.log('resolved ' + import.meta.resolve('tencent-ci-callback/node'))
console.log('resolved ' + import.meta.resolve('tencent-ci-callback/testing'))
${CHECKS}`

const CJS = `const main = require('tencent-ci-callback')
const { parseCallback, isWorkflowJob, formatCallbackError, parseRequest, toHttpResponse } = main
const { SmartCoverJob, DateFromTencentTime } = require('tencent-ci-callback/codecs')
const { parseNodeRequest, sendHttpResponse } = require('tencent-ci-callback/node')
const { failedTranscodeCallback, moderationDetailCallback } = require('tencent-ci-callback/testing')
const { Readable } = require('node:stream')
const E = require('fp-ts/lib/Either.js')
console.log('resolved ' + require.resolve('tencent-ci-callback'))
console.log('resolved ' + require.resolve('tencent-ci-callback/codecs'))
console.log('resolved ' + require.resolve('tencent-ci-callback/node'))
console.log('resolved ' + require.resolve('tencent-ci-callback/testing'))
${CHECKS}`

/**
 * Loads the main entry's CommonJS build in a VM context that has only the web-standard globals
 * (no Buffer, process, setImmediate) and a require that refuses anything but its three
 * dependencies, then decodes a callback with parseCallback and parseRequest: it runs on
 * Workers, Deno and Bun.
 */
const NO_NODE = `const vm = require('node:vm')
const { readFileSync } = require('node:fs')
const { dirname, join } = require('node:path')
const path = require.resolve('tencent-ci-callback')
const allowed = /^(fp-ts\\/|io-ts$|fast-xml-parser$)/
const context = vm.createContext({ TextDecoder, TextEncoder, Uint8Array, ArrayBuffer, ReadableStream, console })
// The main entry and the chunks it shares with the codecs entry run in the sandbox; only its
// dependencies come from outside.
const chunks = new Map()
const load = (file) => {
  const mod = { exports: {} }
  const sandboxRequire = (name) => {
    if (/^\\.\\/chunk-[\\w-]+\\.cjs$/.test(name)) {
      const chunk = join(dirname(path), name)
      if (!chunks.has(chunk)) chunks.set(chunk, load(chunk))
      return chunks.get(chunk)
    }
    if (!allowed.test(name)) throw new Error('the main entry required ' + name)
    return require(name)
  }
  vm.runInContext('(function (exports, require, module) {' + readFileSync(file, 'utf8') + '\\n})', context)(mod.exports, sandboxRequire, mod)
  return mod.exports
}
const lib = load(path)
for (const name of ['Buffer', 'process', 'setImmediate', 'require']) {
  if (vm.runInContext('typeof ' + name, context) !== 'undefined') throw new Error(name + ' leaked into the context')
}
if (!lib.secretMatches('s3cret', 's3cret') || lib.secretMatches('s3creT', 's3cret')) throw new Error('secretMatches is wrong without node:')
const xml = ${JSON.stringify(CALLBACK)}
const E = require('fp-ts/lib/Either.js')
const decoded = lib.parseCallback(new TextEncoder().encode(xml), 'application/xml')
if (!E.isRight(decoded)) throw new Error('parseCallback failed without node: ' + JSON.stringify(decoded.left))
const body = new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode(xml)); c.close() } })
lib.parseRequest({ headers: { get: () => null }, body }).then((r) => {
  if (!E.isRight(r)) throw new Error('parseRequest failed without node: ' + JSON.stringify(r.left))
  console.log('ok   the main entry loads and decodes with no Buffer, process or node: module')
}).catch((e) => { console.log('FAIL ' + e.message); process.exitCode = 1 })
`

/** A TypeScript consumer of the Node entry (with @types/node and the DOM's Request, as in a Node app). */
const NODE_CONSUMER = `import { parseRequest, toHttpResponse, type HttpResponse } from 'tencent-ci-callback'
import { parseNodeRequest, sendHttpResponse, type NodeRequestOptions } from 'tencent-ci-callback/node'
import type { IncomingMessage, ServerResponse } from 'node:http'

export const fromRequest = async (request: Request): Promise<HttpResponse> => toHttpResponse(await parseRequest(request))
export const fromNode = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
  const options: NodeRequestOptions = { maxBytes: 1024, framework: 'node' }
  sendHttpResponse(res, toHttpResponse(await parseNodeRequest(req, options)))
}
`

/**
 * A TypeScript consumer of the codecs entry: a job decoded through the main entry is the codec's type, and
 * the codec encodes it back to its wire form.
 */
const CODECS_CONSUMER = `import { parseCallback, type SmartCoverJob as DecodedJob } from 'tencent-ci-callback'
import { SmartCoverJob, DateFromTencentTime, type SmartCoverJobWire } from 'tencent-ci-callback/codecs'

export const wire = (job: DecodedJob): SmartCoverJobWire => SmartCoverJob.encode(job)
export const decoded = (body: string): boolean => {
  const result = parseCallback(body, 'application/xml')
  if (result._tag === 'Left' || result.right.EventName !== 'TaskFinish') return false
  const job = result.right.JobsDetail[0]
  return job !== undefined && SmartCoverJob.is(job)
}
export const when: Date | undefined = DateFromTencentTime.decode('2022-06-30T15:29:42+0800')._tag === 'Right' ? new Date() : undefined
`

/** A TypeScript consumer of the testing entry: fixtures typed, `body('xml')` refused for moderation. */
const TESTING_CONSUMER = `import { parseCallback, type TranscodeJob, type WorkflowFinishCallback } from 'tencent-ci-callback'
import { failedTranscodeJob, moderationDetailCallback, taskFinishCallback, workflowFinishCallback, type Fixture } from 'tencent-ci-callback/testing'

const job: TranscodeJob = failedTranscodeJob({ Code: 'InternalError' })
const tag: 'Transcode' = job.Tag
export const decoded = parseCallback(taskFinishCallback([job]).body('xml'), 'application/xml')
export const run: Fixture<WorkflowFinishCallback> = workflowFinishCallback({ State: 'Failed' })
export const verdict: string = moderationDetailCallback().body('json')
// @ts-expect-error moderation callbacks have no XML form
export const refused: string = moderationDetailCallback().body('xml')
void tag
`

/** A TypeScript consumer, compiled as ESM (.mts) and as CJS (.cts) against the packed declarations. */
const CONSUMER = `import { parseCallback, isWorkflowJob, formatCallbackError, parseRequest, toHttpResponse, type CiCallback, type HttpResponse, type RequestLike, type SmartCoverJob } from 'tencent-ci-callback'
import * as E from 'fp-ts/lib/Either.js'

export const fromRequest = async (request: RequestLike): Promise<HttpResponse> => toHttpResponse(await parseRequest(request))

export const covers = (body: string): ReadonlyArray<string> => {
  const result: E.Either<unknown, CiCallback> = parseCallback(body, 'application/xml')
  if (E.isLeft(result) || result.right.EventName !== 'TaskFinish') return []
  return result.right.JobsDetail.flatMap((job) => {
    if (isWorkflowJob(job)) {
      const runId: string = job.Workflow.RunId
      void runId
    }
    if (job.Tag !== 'SmartCover') return []
    const narrowed: SmartCoverJob = job
    const count: number | undefined = narrowed.Operation.SmartCover?.Count
    void count
    return job.Operation.MediaResult?.OutputFile?.ObjectName ?? []
  })
}

export const render = (body: string): string => {
  const result = parseCallback(body)
  return E.isLeft(result) ? formatCallbackError(result.left) : ''
}
`

/**
 * Reads, through TypeScript's language service, the hover of every node a handler reads in a consumer
 * of the installed package (scripts/smoke-hovers.mjs); returns true when one spells out io-ts internals
 * instead of naming the node, printing what it shows.
 */
const hovers = async (project) => {
  const { default: ts } = await import(
    pathToFileURL(join(repoRoot, 'node_modules', 'typescript', 'lib', 'typescript.js')).href
  )
  const { errors, hovers: read } = checkHovers(ts, project)
  const failures = read.filter((h) => !h.ok)
  console.log('Hovers (TypeScript language service, quick info)')
  for (const error of errors) console.log(`  FAIL the hover consumer does not type-check: ${error}`)
  console.log(
    `  ${failures.length === 0 ? 'ok  ' : 'FAIL'} ${read.length - failures.length} of ${read.length} hovers name their node`,
  )
  for (const { line, expected, shown } of failures) {
    console.log(`  FAIL line ${line}: expected ${expected}, shown:\n${shown.replace(/^/gm, '    | ')}`)
  }
  return errors.length > 0 || failures.length > 0
}

/** Runs the packed CLI on files and stdin; returns true when a check failed. */
/**
 * Where the package's `#fast-xml-parser` import resolves, as Node resolves it from inside the
 * installed package: the dependency by default, dist/fast-xml-parser.js under the `browser` and
 * `worker` conditions. Returns whether it failed.
 */
const xmlParserMap = (installed) => {
  const probe = join(installed, 'dist', 'resolve-probe.mjs')
  writeFileSync(probe, "console.log(import.meta.resolve('#fast-xml-parser'))\n")
  let failed = false
  try {
    for (const [flags, expected] of [
      [[], /\/node_modules\/fast-xml-parser\/src\/fxp\.js$/],
      [['--conditions=browser'], /\/tencent-ci-callback\/dist\/fast-xml-parser\.js$/],
      [['--conditions=worker'], /\/tencent-ci-callback\/dist\/fast-xml-parser\.js$/],
    ]) {
      const r = spawnSync(process.execPath, [...flags, probe], { encoding: 'utf8', timeout: 60_000 })
      const resolved = (r.stdout ?? '').trim()
      const ok = r.status === 0 && expected.test(resolved)
      console.log(
        `  ${ok ? 'ok  ' : 'FAIL'} #fast-xml-parser ${flags.join(' ') || '(default conditions)'} → ${resolved.replace(/^.*\/node_modules\//, '') || r.stderr}`,
      )
      failed ||= !ok
    }
  } finally {
    rmSync(probe)
  }
  return failed
}

const runCli = (project, installed) => {
  const cli = join(installed, 'dist', 'cli.js')
  const sample = join(repoRoot, 'samples', 'smart-cover', 'workflow.xml')
  const checks = [
    ['#!/usr/bin/env node on the first line', readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')],
  ]
  const cliRun = (args, input) =>
    spawnSync(process.execPath, [cli, ...args], { cwd: project, encoding: 'utf8', input, timeout: 60_000 })
  const file = cliRun([sample])
  checks.push([
    'decodes a file to JSON (exit 0)',
    file.status === 0 && JSON.parse(file.stdout).JobsDetail[0].Tag === 'SmartCover',
  ])
  const stdin = cliRun(['--summary', '-'], readFileSync(sample))
  checks.push([
    '--summary reads stdin, one line per job',
    stdin.status === 0 &&
      /^<stdin>: SmartCover j\w+ Success/.test(stdin.stdout) &&
      stdin.stdout.trim().split('\n').length === 1,
  ])
  const bad = cliRun(['-'], '<Response>')
  checks.push([
    'exits 1 with the formatted error on a malformed body',
    bad.status === 1 && bad.stderr.includes('✖ Malformed'),
  ])
  console.log('CLI (dist/cli.js)')
  for (const [what, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`)
  return checks.some(([, ok]) => !ok)
}

/** A free TCP port on 127.0.0.1. */
const freePort = () =>
  new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePort(port))
    })
  })

/**
 * Runs the README's quick start exactly as written (the first js block under "## Quick start"),
 * POSTs callbacks to it and checks its answers and its log. Returns true when a check failed.
 */
const quickStart = async (project) => {
  console.log('README quick start')
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8')
  const section = readme.slice(readme.indexOf('## Quick start\n'))
  const code = /```js\n([\s\S]*?)```/.exec(section)?.[1]
  if (code === undefined) throw new SmokeFailure('no js block under "## Quick start" in README.md')
  writeFileSync(join(project, 'server.mjs'), code)
  const { CI_CALLBACK_SECRET: _unset, ...withoutSecret } = process.env
  const refused = spawnSync(process.execPath, ['server.mjs'], { cwd: project, env: withoutSecret, encoding: 'utf8' })
  const refusal = refused.status === 1 && refused.stderr.includes('Set CI_CALLBACK_SECRET')
  console.log(`  ${refusal ? 'ok  ' : 'FAIL'} without CI_CALLBACK_SECRET it refuses to start, saying what to set`)
  if (!refusal) return true
  const port = await freePort()
  const secret = 'smoke-secret-1234567890'
  const child = spawn(process.execPath, ['server.mjs'], {
    cwd: project,
    env: { ...process.env, PORT: String(port), CI_CALLBACK_SECRET: secret },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout.on('data', (d) => (log += d))
  child.stderr.on('data', (d) => (log += d))
  try {
    const deadline = Date.now() + 30_000
    while (!log.includes('listening') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 100))
    }
    const url = `http://127.0.0.1:${port}/ci-callback/${secret}`
    const send = async (body, target = url) =>
      (await fetch(target, { method: 'POST', body, headers: { 'content-type': 'application/xml' } })).status
    const failedXml = readFileSync(join(repoRoot, 'samples', 'smart-cover', 'failed.xml'))
    const checks = [
      ['it listens', log.includes(`listening on port ${port}`)],
      ['a callback gets 200', (await send(CALLBACK)) === 200],
      ['a failed job gets 200', (await send(failedXml)) === 200],
      ['a malformed body gets 400', (await send('<Response>')) === 400],
      ['a wrong secret gets 404', (await send(CALLBACK, `http://127.0.0.1:${port}/ci-callback/guess`)) === 404],
    ]
    await new Promise((r) => setTimeout(r, 200))
    checks.push(
      ['it logs the job', log.includes('SmartCover job j6842765cf84611ecb8546d80f2baf56f Success')],
      [
        'it logs a failed job with Code and Message',
        log.includes('Failed InvalidInput: The input file is not a video'),
      ],
      ['it logs the rejected callback', log.includes('rejected callback\n✖ Malformed Tencent CI callback (XML)')],
    )
    for (const [what, ok] of checks) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${what}`)
    const failed = checks.some(([, ok]) => !ok)
    if (failed) console.log(log.replace(/^/gm, '  | '))
    return failed
  } finally {
    child.kill()
  }
}

const main = async () => {
  const packDir = join(work, 'pack')
  const project = join(work, 'project')
  const installed = join(project, 'node_modules', 'tencent-ci-callback')
  mkdirSync(packDir)
  mkdirSync(installed, { recursive: true })

  console.log('npm pack')
  run('npm', ['pack', '--silent', '--pack-destination', packDir], repoRoot)
  const tarballs = readdirSync(packDir).filter((f) => f.endsWith('.tgz'))
  if (tarballs.length !== 1) throw new SmokeFailure(`expected one tarball in ${packDir}, found ${tarballs.length}`)
  const tarball = join(packDir, tarballs[0])
  const contents = run('tar', ['-tzf', tarball], packDir).split('\n')
  console.log(`  ${tarballs[0]}: ${contents.filter(Boolean).length} files`)
  for (const entry of ['index', 'codecs', 'node', 'testing']) {
    for (const file of [`dist/${entry}.js`, `dist/${entry}.cjs`, `dist/${entry}.d.ts`, `dist/${entry}.d.cts`]) {
      if (!contents.includes(`package/${file}`)) throw new SmokeFailure(`the tarball has no ${file}`)
    }
  }
  for (const file of [
    'dist/cli.js',
    'dist/shared-types.d.cts',
    'codecs/package.json',
    'node/package.json',
    'testing/package.json',
  ]) {
    if (!contents.includes(`package/${file}`)) throw new SmokeFailure(`the tarball has no ${file}`)
  }

  console.log('publint --strict')
  run(
    process.execPath,
    [join(repoRoot, 'node_modules', 'publint', 'src', 'cli.js'), 'run', tarball, '--strict'],
    packDir,
  )
  console.log('  ok   publint (strict) passes')
  console.log('are-the-types-wrong, every entry')
  const attw = run(
    join(repoRoot, 'node_modules', '.bin', 'attw'),
    [tarball, '--format', 'table-flipped', '--no-color'],
    packDir,
  )
  console.log(attw.replace(/^/gm, '  ').trimEnd())

  console.log('install into a fresh project')
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'smoke', private: true }, null, 2))
  run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], project)
  const pkg = readJson(join(installed, 'package.json'))
  copyDependencies(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }), join(project, 'node_modules'))
  // For the README's quick start, which uses Express.
  copyDependencies(['express'], join(project, 'node_modules'))

  console.log('TypeScript consumers (nodenext, ESM and CJS)')
  writeFileSync(join(project, 'consumer.mts'), CONSUMER)
  writeFileSync(join(project, 'consumer.cts'), CONSUMER)
  writeFileSync(join(project, 'node-consumer.mts'), NODE_CONSUMER)
  writeFileSync(join(project, 'node-consumer.cts'), NODE_CONSUMER)
  writeFileSync(join(project, 'testing-consumer.mts'), TESTING_CONSUMER)
  writeFileSync(join(project, 'codecs-consumer.mts'), CODECS_CONSUMER)
  writeFileSync(join(project, 'codecs-consumer.cts'), CODECS_CONSUMER)
  writeFileSync(join(project, 'testing-consumer.cts'), TESTING_CONSUMER)
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc')
  const tscFlags = ['--noEmit', '--strict', '--exactOptionalPropertyTypes', '--module', 'nodenext']
  tscFlags.push('--moduleResolution', 'nodenext', '--target', 'es2022')
  // The main entry's declarations need neither @types/node nor the DOM library.
  run(process.execPath, [tsc, ...tscFlags, '--lib', 'es2022', 'consumer.mts', 'consumer.cts'], project)
  run(process.execPath, [tsc, ...tscFlags, '--lib', 'es2022', 'testing-consumer.mts', 'testing-consumer.cts'], project)
  run(process.execPath, [tsc, ...tscFlags, '--lib', 'es2022', 'codecs-consumer.mts', 'codecs-consumer.cts'], project)
  // moduleResolution node10 ignores "exports": the testing/package.json shim must resolve the subpath.
  const node10 = ['--noEmit', '--strict', '--module', 'commonjs', '--moduleResolution', 'node10', '--target', 'es2022']
  run(process.execPath, [tsc, ...node10, '--lib', 'es2022', 'testing-consumer.cts'], project)
  run(process.execPath, [tsc, ...node10, '--lib', 'es2022', 'codecs-consumer.cts'], project)
  const nodeTypes = ['--lib', 'es2022,dom', '--types', 'node', '--typeRoots', join(repoRoot, 'node_modules', '@types')]
  run(process.execPath, [tsc, ...tscFlags, ...nodeTypes, 'node-consumer.mts', 'node-consumer.cts'], project)
  console.log(
    '  ok   consumer, node-consumer, testing-consumer and codecs-consumer (.mts and .cts) type-check against the packed .d.ts / .d.cts',
  )
  console.log(
    '  ok   testing-consumer.cts and codecs-consumer.cts type-check under moduleResolution node10 (the subpath package.json shims)',
  )

  let failed = await hovers(project)
  failed = xmlParserMap(installed) || failed
  for (const [label, file, source, flags = []] of [
    ['ESM (import)', 'smoke.mjs', ESM],
    // The `browser` condition gives the ES build the package's own build of fast-xml-parser.
    ['ESM (import), browser condition', 'smoke.mjs', ESM, ['--conditions=browser']],
    ['CJS (require)', 'smoke.cjs', CJS],
    ['Main entry without node', 'no-node.cjs', NO_NODE],
  ]) {
    writeFileSync(join(project, file), source)
    const r = spawnSync(process.execPath, [...flags, file], { cwd: project, encoding: 'utf8', timeout: 60_000 })
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trimEnd()
    console.log(`${label}\n${output.replace(/^/gm, '  ')}`)
    if (r.status !== 0) {
      console.log(`  ${label} failed (exit ${r.status ?? r.signal ?? r.error?.message})`)
      failed = true
    }
  }
  failed = runCli(project, installed) || failed
  failed = (await quickStart(project)) || failed
  return failed
}

try {
  const failed = await main()
  console.log(failed ? '\nsmoke test FAILED' : '\nsmoke test passed')
  process.exitCode = failed ? 1 : 0
} catch (e) {
  console.error(`\nsmoke test FAILED: ${e instanceof SmokeFailure ? e.message : (e?.stack ?? e)}`)
  process.exitCode = 1
} finally {
  cleanup()
}
