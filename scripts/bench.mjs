// The benchmark suite: parseCallback from the BUILT package against the bare parsers
// it builds on, failure paths against successes, cold start, and peak memory. Run after
// `npm run build`:
//   npm run bench              Markdown tables
//   npm run bench -- --json    the same figures as JSON
//   npm run bench -- --quick   one call per case (used by the test suite; figures meaningless)
//   npm run bench -- --wall    time with the wall clock instead of the process's CPU time
//   npm run bench -- --dist D  benchmark the build in D instead of dist/
//   npm run bench -- --only xml-seed,json-seed   only these groups (ids as in the table; also
//                              cold-start, memory), for a quick look while optimising
//   npm run bench -- --render F  print the tables of a run saved with --json, measuring nothing
// Compare ratios measured within one run, not absolute times: the machine may be shared.
// The pieces live in scripts/bench/.

import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parseArgs } from 'node:util'
import { measureColdStart } from './bench/cold-start.mjs'
import { deriveFigures } from './bench/figures.mjs'
import { timeGroup } from './bench/measure.mjs'
import { measureMemory } from './bench/memory.mjs'
import { renderReport } from './bench/report.mjs'
import { checkCases, makeBodies, timingGroups } from './bench/suite.mjs'

const { values: args } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    wall: { type: 'boolean', default: false },
    dist: { type: 'string' },
    render: { type: 'string' },
    only: { type: 'string' },
  },
})

if (args.render !== undefined) {
  console.log(renderReport(JSON.parse(readFileSync(args.render, 'utf8'))))
  process.exit(0)
}

const dist = resolve(args.dist ?? fileURLToPath(new URL('../dist', import.meta.url)))
if (!existsSync(join(dist, 'index.js')) || !existsSync(join(dist, 'index.cjs'))) {
  console.error(`No build in ${dist}: run \`npm run build\` first (the benchmark measures the built package).`)
  process.exit(1)
}
const newestSource = (dir) =>
  Math.max(
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => statSync(join(e.parentPath ?? e.path, e.name)).mtimeMs),
  )
if (
  args.dist === undefined &&
  newestSource(fileURLToPath(new URL('../src', import.meta.url))) > statSync(join(dist, 'index.js')).mtimeMs
) {
  console.error('Warning: src/ has changed since dist/ was built: run `npm run build` to benchmark the current code.')
}

const clock = args.wall ? 'wall' : 'cpu'
const plan = args.quick
  ? { clock, rounds: 1, batchMs: 0, warmupMs: 0, coldRuns: 1, memoryRuns: 1 }
  : { clock, rounds: 21, batchMs: 25, warmupMs: 200, warmupCalls: 2000, warmupMaxMs: 4000, coldRuns: 11, memoryRuns: 3 }

const progress = (message) => {
  if (!args.json) process.stderr.write(`${message}\n`)
}

const lib = await import(pathToFileURL(join(dist, 'index.js')).href)
const bodies = makeBodies()
const only = args.only?.split(',').map((id) => id.trim())
const selected = (id) => only === undefined || only.includes(id)
const allGroups = timingGroups(lib, bodies)
const known = [...allGroups.map((g) => g.id), 'cold-start', 'memory']
const unknown = (only ?? []).filter((id) => !known.includes(id))
if (unknown.length > 0) {
  console.error(`--only: no group ${unknown.join(', ')}; the groups are ${known.join(', ')}`)
  process.exit(1)
}
const groups = allGroups.filter((g) => selected(g.id))
checkCases(groups)

const timings = new Map()
for (const group of groups) {
  progress(`timing ${group.id}…`)
  // A group of slow calls may ask for fewer rounds than the plan's.
  const results = timeGroup(group.cases, { ...plan, rounds: Math.min(plan.rounds, group.rounds ?? plan.rounds) })
  timings.set(
    group.id,
    new Map(results.map((r, i) => [r.id, { ...r, label: group.cases[i].label, body: group.cases[i].body }])),
  )
}
const measureIf = (id, measure) => {
  if (!selected(id)) return []
  progress(`${id}…`)
  return measure()
}
const coldStart = measureIf('cold-start', () => measureColdStart(dist, plan.coldRuns, clock))
const memory = measureIf('memory', () => measureMemory(dist, plan.memoryRuns))

const run = {
  node: process.version,
  cpus: availableParallelism(),
  quick: args.quick,
  dist,
  plan,
  timings: [...timings].flatMap(([group, cases]) =>
    [...cases.values()].map((c) => ({
      id: `${group}/${c.id}`,
      group,
      label: c.label,
      body: c.body.id,
      bodyLabel: c.body.label,
      bodyBytes: c.body.bytes,
      jobs: c.body.jobs,
      medianMicros: c.medianMicros,
      roundMicros: c.samples,
      callsPerRound: c.calls,
    })),
  ),
  figures: deriveFigures(timings, coldStart, memory),
  coldStart,
  memory,
}

console.log(args.json ? JSON.stringify(run, null, 2) : renderReport(run))
