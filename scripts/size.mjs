// Size budgets for the published package, measured as a user meets them. Packs the built package
// (`npm pack`, no scripts: run `npm run build` first) and checks the tarball: only the files listed
// below, no source map without the sources it points at, packed and unpacked size within budget,
// `npm publish --dry-run` without a warning. Then installs it in a temporary directory and bundles
// named imports with esbuild (browser platform, ESM, minified), as a front-end or edge build would:
// prints each bundle's gzip size and fails when one is over its budget, holds two copies of fp-ts,
// or, run on every sample body (and a truncated copy of each), answers differently from the whole
// package, which would mean the bundler dropped code the import needs.
// Run with `npm run size` (`npm run size -- --json` prints the figures as JSON too).

import { spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, posix, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)))
const kB = 1000

/**
 * The tarball's budgets, in bytes. The main and codecs entries share their codecs through one chunk
 * per module format (`dist/chunk-*.js`, `.cjs`); their declarations are one file.
 */
const TARBALL = { packed: 280 * kB, unpacked: 1400 * kB }

/** Every file the tarball may hold; anything else fails the check. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^(codecs|node|testing)\/package\.json$/,
  /^dist\/(index|codecs|node|testing)\.(js|cjs|d\.ts|d\.cts)$/,
  /^dist\/shared-types\.d\.cts$/,
  /^dist\/chunk-[A-Z0-9]+\.(js|cjs)$/,
  /^dist\/cli\.js$/,
  /^dist\/fast-xml-parser\.js$/,
]

/** A body of every sample under samples/, its first half (a malformed body), and the body with no content type. */
const sampleCases = () => {
  const dir = join(repoRoot, 'samples')
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(xml|json)$/.test(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name))
    .sort()
  return files.flatMap((file) => {
    const body = readFileSync(file, 'utf8')
    const contentType = file.endsWith('.xml') ? 'application/xml' : 'application/json'
    const name = file.slice(dir.length + 1)
    return [
      { name, body, contentType },
      { name: `${name} (first half)`, body: body.slice(0, body.length >> 1), contentType },
      { name: `${name} (no content type)`, body, contentType: undefined },
    ]
  })
}

/**
 * The hostile inputs of scripts/hostile-cases.cjs whose body is a string of at most 1 MiB (DOCTYPEs,
 * entity bombs, reserved names, deep nesting, malformed text…): a browser bundle parses XML with the
 * package's own build of fast-xml-parser (`#fast-xml-parser`), which must answer each one as the
 * dependency does.
 */
const hostileCases = () =>
  createRequire(import.meta.url)('./hostile-cases.cjs')
    .map((c) => ({ name: `hostile: ${c.name}`, made: c.make() }))
    .filter(
      ({ made: [body, , options] }) => typeof body === 'string' && body.length <= 1024 * 1024 && options === undefined,
    )
    .map(({ name, made: [body, contentType] }) => ({ name, body, contentType }))

/** What a decode result says, in a form two copies of the package can be compared by. */
const outcome = (lib, result) =>
  result._tag === 'Right'
    ? JSON.stringify(result.right)
    : JSON.stringify({ ...result.left, errors: undefined, formatted: lib.formatCallbackError(result.left) })

/**
 * The bundles: what a user imports (from the main entry unless `from` says otherwise), the most it may
 * cost gzipped (bytes), and a check that the bundle, run, does what the whole package does on every
 * sample case (so no code it needs was dropped).
 */
const BUNDLES = [
  {
    name: 'guard',
    imports: ['isWorkflowJob'],
    budget: 5 * kB,
    check: (bundle, lib, cases) =>
      cases
        .map((c) => lib.parseCallback(c.body, c.contentType))
        .filter((r) => r._tag === 'Right' && Array.isArray(r.right.JobsDetail))
        .flatMap((r) => r.right.JobsDetail)
        .filter((job) => bundle.isWorkflowJob(job) !== lib.isWorkflowJob(job))
        .map((job) => `isWorkflowJob differs on job ${job.JobId}`),
  },
  {
    name: 'matcher',
    imports: ['matchCallbackError'],
    budget: 1 * kB,
    check: (bundle, lib, cases) => {
      const tags = ['UnsupportedContentType', 'MalformedBody', 'InvalidPayload', 'LimitExceeded', 'InvalidArgument']
      const tagOf = bundle.matchCallbackError(Object.fromEntries(tags.map((tag) => [tag, () => tag])))
      return cases
        .map((c) => lib.parseCallback(c.body, c.contentType))
        .filter((r) => r._tag === 'Left' && tagOf(r.left) !== r.left._tag)
        .map((r) => `matchCallbackError missed ${r.left._tag}`)
    },
  },
  {
    name: 'parse + format',
    imports: ['parseCallback', 'formatCallbackError'],
    budget: 50 * kB,
    check: (bundle, lib, cases) =>
      cases
        .filter(
          (c) =>
            outcome(bundle, bundle.parseCallback(c.body, c.contentType)) !==
            outcome(lib, lib.parseCallback(c.body, c.contentType)),
        )
        .map((c) => `parseCallback differs on ${c.name}`),
  },
  {
    name: 'Fetch receiver',
    imports: ['parseRequest', 'toHttpResponse', 'formatCallbackError'],
    budget: 51 * kB,
    check: async (bundle, lib, cases) => {
      const answer = async (l, c) => {
        const headers = c.contentType === undefined ? {} : { 'content-type': c.contentType }
        const result = await l.parseRequest(new Request('http://127.0.0.1/', { method: 'POST', body: c.body, headers }))
        return JSON.stringify(l.toHttpResponse(result)) + outcome(lib, result)
      }
      const failures = []
      for (const c of cases) {
        if ((await answer(bundle, c)) !== (await answer(lib, c))) failures.push(`parseRequest differs on ${c.name}`)
      }
      return failures
    },
  },
  {
    name: 'one codec',
    from: 'tencent-ci-callback/codecs',
    imports: ['TranscodeJob'],
    budget: 9 * kB,
    check: (bundle, lib, cases, codecs) => {
      const jobs = cases
        .map((c) => lib.parseCallback(c.body, c.contentType))
        .filter((r) => r._tag === 'Right' && Array.isArray(r.right.JobsDetail))
        .flatMap((r) => r.right.JobsDetail)
      const encoded = (codec, job) => (codec.is(job) ? JSON.stringify(codec.encode(job)) : 'not a Transcode job')
      const differences = jobs
        .filter((job) => encoded(bundle.TranscodeJob, job) !== encoded(codecs.TranscodeJob, job))
        .map((job) => `TranscodeJob differs on job ${job.JobId}`)
      return jobs.some((job) => bundle.TranscodeJob.is(job))
        ? differences
        : ['no sample holds a Transcode job the bundle recognises', ...differences]
    },
  },
]

class SizeFailure extends Error {}

const run = (command, args, cwd) => {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 300_000 })
  if (r.error !== undefined) throw new SizeFailure(`${command} ${args.join(' ')}: ${r.error.message}`)
  if (r.status !== 0) {
    throw new SizeFailure(`${command} ${args.join(' ')} exited with ${r.status ?? r.signal}\n${r.stdout}${r.stderr}`)
  }
  return r
}

const formatKb = (bytes) => `${(bytes / kB).toFixed(1)} kB`

/** Checks the tarball npm would publish; returns its figures and the failures found. */
const checkTarball = (packDir) => {
  const failures = []
  const packed = JSON.parse(
    run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], repoRoot).stdout,
  )[0]
  const files = packed.files.map((f) => f.path)
  for (const file of files) {
    if (file.endsWith('.map')) {
      // A map is shipped only with the sources it points at (none are shipped today).
      const map = JSON.parse(readFileSync(join(repoRoot, file), 'utf8'))
      const missing = map.sources.filter((s) => !files.includes(posix.join(posix.dirname(file), s)))
      if (missing.length > 0) failures.push(`${file} points at ${missing.length} unshipped sources (${missing[0]}, …)`)
    } else if (!ALLOWED.some((pattern) => pattern.test(file))) {
      failures.push(`the tarball ships ${file}, which no pattern in scripts/size.mjs allows`)
    }
  }
  if (packed.size > TARBALL.packed) failures.push(`packed ${formatKb(packed.size)} > ${formatKb(TARBALL.packed)}`)
  if (packed.unpackedSize > TARBALL.unpacked) {
    failures.push(`unpacked ${formatKb(packed.unpackedSize)} > ${formatKb(TARBALL.unpacked)}`)
  }
  const publish = run('npm', ['publish', '--dry-run', '--ignore-scripts'], repoRoot)
  // A dry run without an npm login warns that publishing needs one: the only warning allowed.
  const warnings = `${publish.stdout}\n${publish.stderr}`
    .split('\n')
    .filter((line) => /\bwarn/i.test(line) && !/requires you to be logged in/.test(line))
  for (const line of warnings) failures.push(`npm publish --dry-run: ${line.trim()}`)
  return {
    tarball: join(packDir, packed.filename),
    files,
    packed: packed.size,
    unpacked: packed.unpackedSize,
    failures,
  }
}

/** Bundles `imports` from the installed package; returns the code, its sizes and the fp-ts builds it holds. */
const bundle = async (project, imports, from) => {
  const result = await build({
    stdin: { contents: `export { ${imports.join(', ')} } from '${from}'`, resolveDir: project },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  const inputs = Object.keys(result.metafile.inputs)
  const fpTs = [...new Set(inputs.map((i) => /fp-ts\/(lib|es6)\//.exec(i)?.[1]).filter(Boolean))]
  // The dependency's own files, which a browser bundle takes from the package's build of it instead.
  const fastXmlParser = inputs.filter((i) => /node_modules\/(fast-xml-parser|is-unsafe)\//.test(i))
  return { code, minified: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength, fpTs, fastXmlParser }
}

/** Installs the tarball in `work` (its dependencies linked from this repo's node_modules). */
const install = (tarball, work) => {
  const installed = join(work, 'node_modules', 'tencent-ci-callback')
  mkdirSync(installed, { recursive: true })
  run('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1'], work)
  const pkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'))
  for (const name of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })) {
    const target = join(work, 'node_modules', name)
    mkdirSync(dirname(target), { recursive: true })
    symlinkSync(join(repoRoot, 'node_modules', name), target, 'dir')
  }
  return installed
}

const main = async () => {
  if (!existsSync(join(repoRoot, 'dist', 'index.js'))) throw new SizeFailure('no dist/: run `npm run build` first')
  const work = mkdtempSync(join(tmpdir(), 'tencent-ci-callback-size-'))
  // Removed however the script ends, even when a reader (`| head`) closes stdout early.
  process.on('exit', () => rmSync(work, { recursive: true, force: true }))
  process.stdout.on('error', (e) => process.exit(e.code === 'EPIPE' ? (process.exitCode ?? 0) : 1))
  const packDir = join(work, 'pack')
  mkdirSync(packDir)
  const tarball = checkTarball(packDir)
  const installed = install(tarball.tarball, work)
  const failures = [...tarball.failures]
  console.log(
    `tarball: ${formatKb(tarball.packed)} packed (budget ${formatKb(TARBALL.packed)}), ` +
      `${formatKb(tarball.unpacked)} unpacked (budget ${formatKb(TARBALL.unpacked)}), ${tarball.files.length} files`,
  )
  for (const file of tarball.files.sort()) {
    console.log(`  ${file.padEnd(22)} ${formatKb(readFileSync(join(installed, file)).byteLength).padStart(9)}`)
  }
  const lib = await import(pathToFileURL(join(installed, 'dist', 'index.js')).href)
  const codecs = await import(pathToFileURL(join(installed, 'dist', 'codecs.js')).href)
  const cases = [...sampleCases(), ...hostileCases()]
  console.log(`esbuild bundles (browser, ESM, minified), gzip -9; each run on ${cases.length} sample bodies:`)
  const figures = []
  for (const { name, from = 'tencent-ci-callback', imports, budget, check } of BUNDLES) {
    const { code, ...size } = await bundle(work, imports, from)
    const file = join(work, `${name.replace(/\W+/g, '-')}.mjs`)
    writeFileSync(file, code)
    const differences = await check(await import(pathToFileURL(file).href), lib, cases, codecs)
    figures.push({ name, imports, budget, minified: size.minified, gzip: size.gzip, fpTs: size.fpTs })
    const over = size.gzip > budget
    const ok = !over && size.fpTs.length <= 1 && size.fastXmlParser.length === 0 && differences.length === 0
    console.log(
      `  ${ok ? 'ok  ' : 'FAIL'} ${name.padEnd(15)} ${formatKb(size.gzip).padStart(8)} gzip (budget ${formatKb(budget)}), ` +
        `${formatKb(size.minified)} minified, fp-ts/${size.fpTs.join(' + fp-ts/') || '-'}  { ${imports.join(', ')} }`,
    )
    if (over) failures.push(`${name}: ${formatKb(size.gzip)} gzip > ${formatKb(budget)}`)
    if (size.fpTs.length > 1) failures.push(`${name}: two copies of fp-ts (${size.fpTs.join(' and ')})`)
    if (size.fastXmlParser.length > 0) {
      failures.push(`${name}: bundles ${size.fastXmlParser[0]}, not dist/fast-xml-parser.js (#fast-xml-parser)`)
    }
    if (differences.length > 0) {
      failures.push(`${name}: the bundle differs from the package on ${differences.length} cases: ${differences[0]}, …`)
    }
  }
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify({ packed: tarball.packed, unpacked: tarball.unpacked, bundles: figures }, null, 2))
  }
  return failures
}

try {
  const failures = await main()
  for (const failure of failures) console.log(`FAIL ${failure}`)
  console.log(failures.length > 0 ? '\nsize check FAILED' : '\nsize check passed')
  process.exitCode = failures.length > 0 ? 1 : 0
} catch (e) {
  console.error(`\nsize check FAILED: ${e instanceof SizeFailure ? e.message : (e?.stack ?? e)}`)
  process.exitCode = 1
}
