// Packs the library as npm would publish it, installs the tarball into a fresh temporary project
// (offline: dependencies are copied from this repo's node_modules), then imports it from ESM and
// requires it from CJS in child processes and checks that it decodes a callback. Run with
// `npm run test:smoke`. Exits non-zero on any failure; the temporary directory is always removed.

import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

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

/** The checks both child processes run once the module is loaded (as `lib` and `E`). */
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
}
const truncated = parseCallback(xml.slice(0, 120), undefined)
check("truncated body gives a Left with _tag 'MalformedBody'", E.isLeft(truncated) && truncated.left._tag === 'MalformedBody')
if (E.isLeft(truncated)) check('formatCallbackError renders it', formatCallbackError(truncated.left).startsWith('✖ Malformed'))
`

const ESM = `import { parseCallback, isWorkflowJob, formatCallbackError } from 'tencent-ci-callback'
import * as E from 'fp-ts/lib/Either.js'
console.log('resolved ' + import.meta.resolve('tencent-ci-callback'))
${CHECKS}`

const CJS = `const { parseCallback, isWorkflowJob, formatCallbackError } = require('tencent-ci-callback')
const E = require('fp-ts/lib/Either.js')
console.log('resolved ' + require.resolve('tencent-ci-callback'))
${CHECKS}`

/** A TypeScript consumer, compiled as ESM (.mts) and as CJS (.cts) against the packed declarations. */
const CONSUMER = `import { parseCallback, isWorkflowJob, formatCallbackError, type CiCallback, type SmartCoverJob } from 'tencent-ci-callback'
import * as E from 'fp-ts/lib/Either.js'

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

const main = () => {
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
  for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts']) {
    if (!contents.includes(`package/${file}`)) throw new SmokeFailure(`the tarball has no ${file}`)
  }

  console.log('install into a fresh project')
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'smoke', private: true }, null, 2))
  run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], project)
  const pkg = readJson(join(installed, 'package.json'))
  copyDependencies(Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies }), join(project, 'node_modules'))

  console.log('TypeScript consumers (nodenext, ESM and CJS)')
  writeFileSync(join(project, 'consumer.mts'), CONSUMER)
  writeFileSync(join(project, 'consumer.cts'), CONSUMER)
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc')
  run(
    process.execPath,
    [
      tsc,
      '--noEmit',
      '--strict',
      '--exactOptionalPropertyTypes',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--lib',
      'es2022',
      'consumer.mts',
      'consumer.cts',
    ],
    project,
  )
  console.log('  ok   consumer.mts and consumer.cts type-check against the packed .d.ts / .d.cts')

  let failed = false
  for (const [label, file, source] of [
    ['ESM (import)', 'smoke.mjs', ESM],
    ['CJS (require)', 'smoke.cjs', CJS],
  ]) {
    writeFileSync(join(project, file), source)
    const r = spawnSync(process.execPath, [file], { cwd: project, encoding: 'utf8', timeout: 60_000 })
    const output = `${r.stdout ?? ''}${r.stderr ?? ''}`.trimEnd()
    console.log(`${label}\n${output.replace(/^/gm, '  ')}`)
    if (r.status !== 0) {
      console.log(`  ${label} failed (exit ${r.status ?? r.signal ?? r.error?.message})`)
      failed = true
    }
  }
  return failed
}

try {
  const failed = main()
  console.log(failed ? '\nsmoke test FAILED' : '\nsmoke test passed')
  process.exitCode = failed ? 1 : 0
} catch (e) {
  console.error(`\nsmoke test FAILED: ${e instanceof SmokeFailure ? e.message : (e?.stack ?? e)}`)
  process.exitCode = 1
} finally {
  cleanup()
}
