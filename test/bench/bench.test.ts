import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

// Runs `npm run bench` in its quick mode so the script cannot rot. No timed assertion: only that
// it runs and reports every row with finite numbers. It benchmarks a fresh build of the sources
// (scripts/bench/build-for-test.mjs) in a temporary directory inside the repository, so it
// neither needs nor trusts dist/.

const ROOT = join(__dirname, '..', '..')

const run = (args: ReadonlyArray<string>): string => {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', timeout: 300_000, maxBuffer: 1 << 26 })
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited with ${r.status ?? r.signal}\n${r.stderr}`)
  return r.stdout
}

const TIMINGS = [
  'xml-seed/parseCallback',
  'xml-seed/fast-xml-parser',
  'xml-seed/xml2js',
  'xml-large/parseCallback',
  'xml-large/fast-xml-parser',
  'xml-large/xml2js',
  'xml-200/parseCallback',
  'xml-200/fast-xml-parser',
  'xml-200/xml2js',
  'xml-200/seed/parseCallback',
  'xml-200/seed/fast-xml-parser',
  'xml-200/seed/xml2js',
  'json-seed/parseCallback',
  'json-seed/JSON.parse',
  'json-large/parseCallback',
  'json-large/JSON.parse',
  'failure-xml-seed/success',
  'failure-xml-seed/truncated',
  'failure-xml-seed/content-type',
  'failure-json-seed/success',
  'failure-json-seed/truncated',
  'failure-xml-50/success',
  'failure-xml-50/invalid-50',
  'dropped/seed-xml',
  'dropped/seed-xml-dropped',
  'dropped/seed-json',
  'dropped/seed-json-dropped',
  'dropped/xml-50',
  'dropped/xml-50-dropped',
  'failure-xml-200/success',
  'failure-xml-200/truncated',
  'failure-xml-200/invalid-50',
  'failure-xml-200/seed/truncated',
  'failure-xml-200/fast-xml-parser',
  'failure-xml-200/seed/fast-xml-parser',
  'failure-xml-4mib/success',
  'failure-xml-4mib/truncated',
  'failure-xml-4mib/invalid',
]

/** The figures the acceptance criteria are judged on (speed, failures, graded decoding), with the target each must carry. */
const TARGETED: ReadonlyArray<readonly [string, number]> = [
  ['xml-seed/vs-fast-xml-parser', 1.3],
  ['xml-seed/vs-xml2js', 1.3],
  ['xml-200/linearity', 1.1],
  ['json-seed/vs-JSON.parse', 3],
  ['failure-xml-seed/truncated', 3],
  ['failure-xml-seed/content-type', 3],
  ['failure-json-seed/truncated', 3],
  ['failure-xml-50/invalid-50', 3],
  ['dropped/seed-xml-dropped', 2],
  ['dropped/seed-json-dropped', 2],
  ['dropped/xml-50-dropped', 2],
  ['failure-xml-200/truncated', 3],
  ['failure-xml-200/invalid-50', 3],
  ['failure-xml-200/truncated-linearity', 1.1],
  ['failure-xml-4mib/truncated', 3],
  ['failure-xml-4mib/invalid', 3],
  ['memory-xml/heap', 10],
  ['memory-json/heap', 10],
]

const OTHER_FIGURES = [
  'xml-large/vs-fast-xml-parser',
  'xml-large/vs-xml2js',
  'xml-200/vs-fast-xml-parser',
  'xml-200/vs-xml2js',
  'xml-200/per-byte-growth/parseCallback',
  'xml-200/per-byte-growth/fast-xml-parser',
  'xml-200/per-byte-growth/xml2js',
  'json-large/vs-JSON.parse',
  'cold-start/require',
  'cold-start/import',
  'memory-xml/rss',
  'memory-json/rss',
  'memory-fast-xml-parser/heap',
  'memory-fast-xml-parser/rss',
  'memory-xml/vs-fast-xml-parser',
]

interface Row {
  readonly id: string
  readonly [key: string]: unknown
}

const isRow = (u: unknown): u is Row => typeof u === 'object' && u !== null && 'id' in u && typeof u.id === 'string'

const rows = (u: unknown): ReadonlyArray<Row> => (Array.isArray(u) ? u.filter(isRow) : [])

const positive = (row: Row, key: string): void => {
  const value = row[key]
  expect({
    row: row.id,
    key,
    finitePositive: typeof value === 'number' && Number.isFinite(value) && value > 0,
  }).toEqual({ row: row.id, key, finitePositive: true })
}

describe('npm run bench -- --quick', () => {
  const tmpRoot = join(ROOT, '.tmp')
  let work = ''
  let report: Record<string, unknown> = {}
  let table = ''

  beforeAll(() => {
    mkdirSync(tmpRoot, { recursive: true })
    work = mkdtempSync(join(tmpRoot, 'bench-test-'))
    const build = join(work, 'dist')
    run(['scripts/bench/build-for-test.mjs', build])
    const json = run(['scripts/bench.mjs', '--quick', '--json', '--dist', build])
    const parsed: unknown = JSON.parse(json)
    if (typeof parsed === 'object' && parsed !== null) report = { ...parsed }
    const saved = join(work, 'run.json')
    writeFileSync(saved, json)
    table = run(['scripts/bench.mjs', '--render', saved])
  }, 600_000)

  afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true })
  })

  it('says it ran in quick mode, against the build it was given', () => {
    expect(report['quick']).toBe(true)
    expect(report['dist']).toBe(join(work, 'dist'))
  })

  it('times every case, with a finite time per call', () => {
    const timings = rows(report['timings'])
    expect(timings.map((t) => t.id)).toEqual(TIMINGS)
    for (const t of timings) {
      positive(t, 'medianMicros')
      positive(t, 'bodyBytes')
      positive(t, 'jobs')
    }
  })

  it('derives every figure, finite, and the acceptance figures with their targets', () => {
    const figures = rows(report['figures'])
    expect(figures.map((f) => f.id).sort()).toEqual([...TARGETED.map(([id]) => id), ...OTHER_FIGURES].sort())
    for (const f of figures) positive(f, 'value')
    for (const [id, max] of TARGETED) expect(figures.find((f) => f.id === id)?.['target']).toMatchObject({ max })
  })

  it('measures cold require and import of the package and of its dependencies alone', () => {
    const cold = rows(report['coldStart'])
    expect(cold.map((c) => c.id)).toEqual(['require-package', 'require-deps', 'import-package', 'import-deps'])
    for (const c of cold) positive(c, 'medianMs')
  })

  it('measures peak memory on XML and JSON bodies just under 4 MiB, and of bare fast-xml-parser on the XML one', () => {
    const memory = rows(report['memory'])
    expect(memory.map((m) => m.id)).toEqual(['memory-xml', 'memory-fast-xml-parser', 'memory-json'])
    for (const m of memory) {
      for (const key of ['heapPeakGrowth', 'rssPeakGrowth', 'retained', 'jobs']) positive(m, key)
      expect(m['bodyBytes']).toBeLessThanOrEqual(4 * 1024 * 1024)
      expect(m['bodyBytes']).toBeGreaterThan(4 * 1024 * 1024 - 4096)
    }
  })

  it('--only times the groups named, and derives only their figures', () => {
    const parsed: unknown = JSON.parse(
      run(['scripts/bench.mjs', '--quick', '--json', '--dist', join(work, 'dist'), '--only', 'json-seed,cold-start']),
    )
    const part: Record<string, unknown> = typeof parsed === 'object' && parsed !== null ? { ...parsed } : {}
    expect(rows(part['timings']).map((t) => t.id)).toEqual(['json-seed/parseCallback', 'json-seed/JSON.parse'])
    expect(rows(part['figures']).map((f) => f.id)).toEqual([
      'json-seed/vs-JSON.parse',
      'cold-start/require',
      'cold-start/import',
    ])
    expect(rows(part['coldStart'])).toHaveLength(4)
    expect(part['memory']).toEqual([])
  }, 120_000)

  it('renders the saved run as tables with every row, and no missing number', () => {
    for (const label of [
      'parseCallback, 50 invalid fields',
      'xml2js parseString',
      'JSON.parse',
      'import the package',
    ]) {
      expect(table).toContain(label)
    }
    const tableRows = table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    // One header per table (4), one line per timing, figure, cold-start load and memory row.
    expect(tableRows).toHaveLength(4 + TIMINGS.length + TARGETED.length + OTHER_FIGURES.length + 4 + 3)
    expect(table).not.toMatch(/NaN|undefined|Infinity/)
  })
})
