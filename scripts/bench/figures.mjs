// The figures derived from one run's measurements: ratios taken within the run, each with the
// target the performance issue sets for it, when it sets one.

import { median, pairedRatio } from './measure.mjs'

/** Stands for the cases of a group left out with --only: its figures are dropped. */
const NOT_MEASURED = { label: '', medianMicros: NaN, samples: [], body: { bytes: NaN, jobs: NaN } }

/**
 * Every figure is taken within one group (or the cold-start or one memory measurement), named
 * by the part of its id before the first `/`; figures of what was not measured are left out.
 *
 * @param timings Map of group id → Map of case id → `timeGroup` result (with `body`).
 * @param coldStart `measureColdStart` result, or [] if not measured.
 * @param memory `measureMemory` result, or [] if not measured.
 */
export const deriveFigures = (timings, coldStart, memory) => {
  const t = (group, id) => {
    const cases = timings.get(group)
    if (cases === undefined) return NOT_MEASURED
    const found = cases.get(id)
    if (found === undefined) throw new Error(`no timing ${group}/${id}`)
    return found
  }
  const measured = (id) => {
    const source = id.slice(0, id.indexOf('/'))
    return timings.has(source) || (source === 'cold-start' ? coldStart.length > 0 : memory.some((m) => m.id === source))
  }
  const ratio = (group, a, b) => pairedRatio(t(group, a), t(group, b))
  /** The median over the rounds of `group` of `f(at)`, where `at(id)` is case `id`'s time per byte in that round. */
  const roundwise = (group, f) => {
    const rounds = timings.get(group)?.values().next().value?.samples ?? []
    return median(rounds.map((_, round) => f((id) => t(group, id).samples[round] / t(group, id).body.bytes)))
  }
  const figures = []
  const add = (id, label, value, target) => {
    if (measured(id)) figures.push({ id, label, value, ...(target ? { target } : {}) })
  }

  for (const [group, name] of [
    ['xml-seed', 'seed XML'],
    ['xml-large', 'large XML'],
    ['xml-200', '200-job XML'],
  ]) {
    const target = group === 'xml-seed' ? { max: 1.3, aim: 1.1 } : undefined
    add(
      `${group}/vs-fast-xml-parser`,
      `${name}: parseCallback ÷ bare fast-xml-parser parse`,
      ratio(group, 'parseCallback', 'fast-xml-parser'),
      target,
    )
    add(
      `${group}/vs-xml2js`,
      `${name}: parseCallback ÷ xml2js parseString`,
      ratio(group, 'parseCallback', 'xml2js'),
      target,
    )
  }
  add(
    'xml-200/linearity',
    '200-job XML: its ratio to bare fast-xml-parser ÷ the 1-job (seed) ratio, same rounds',
    roundwise(
      'xml-200',
      (at) => at('parseCallback') / at('fast-xml-parser') / (at('seed/parseCallback') / at('seed/fast-xml-parser')),
    ),
    { max: 1.1 },
  )
  for (const id of ['parseCallback', 'fast-xml-parser', 'xml2js']) {
    add(
      `xml-200/per-byte-growth/${id}`,
      `200-job XML: ${id} time per byte ÷ its time per byte on the 1-job seed, same rounds`,
      roundwise('xml-200', (at) => at(id) / at(`seed/${id}`)),
    )
  }
  add(
    'json-seed/vs-JSON.parse',
    'seed JSON: parseCallback ÷ JSON.parse',
    ratio('json-seed', 'parseCallback', 'JSON.parse'),
    { max: 3, aim: 2 },
  )
  add(
    'json-large/vs-JSON.parse',
    'large JSON: parseCallback ÷ JSON.parse',
    ratio('json-large', 'parseCallback', 'JSON.parse'),
  )

  for (const [group, id] of [
    ['failure-xml-seed', 'truncated'],
    ['failure-xml-seed', 'content-type'],
    ['failure-json-seed', 'truncated'],
    ['failure-xml-50', 'invalid-50'],
    ['failure-xml-200', 'truncated'],
    ['failure-xml-200', 'invalid-50'],
    ['failure-xml-4mib', 'truncated'],
    ['failure-xml-4mib', 'invalid'],
  ]) {
    add(
      `${group}/${id}`,
      `${t(group, id).label} ÷ success, ${group.slice('failure-'.length)} size`,
      ratio(group, id, 'success'),
      { max: 3 },
    )
  }
  for (const [clean, dropped, what] of [
    ['seed-xml', 'seed-xml-dropped', 'seed XML'],
    ['seed-json', 'seed-json-dropped', 'seed JSON'],
    ['xml-50', 'xml-50-dropped', '50-job XML'],
  ]) {
    add(
      `dropped/${dropped}`,
      `${what}, every job dropping an invalid optional field ÷ the same body clean`,
      ratio('dropped', dropped, clean),
      { max: 2 },
    )
  }
  add(
    'failure-xml-200/truncated-linearity',
    'truncated XML: time per byte on 200 jobs ÷ on 1 job, relative to the same growth of bare fast-xml-parser, same rounds',
    roundwise(
      'failure-xml-200',
      (at) => at('truncated') / at('seed/truncated') / (at('fast-xml-parser') / at('seed/fast-xml-parser')),
    ),
    { max: 1.1 },
  )

  const cold = new Map(coldStart.map((c) => [c.id, c.medianMs]))
  add(
    'cold-start/require',
    'cold require: the package ÷ its dependencies alone',
    cold.get('require-package') / cold.get('require-deps'),
  )
  add(
    'cold-start/import',
    'cold import: the package ÷ its dependencies alone',
    cold.get('import-package') / cold.get('import-deps'),
  )

  for (const m of memory) {
    // The target is parseCallback's; the bare fast-xml-parser row is the baseline it is read against.
    const bare = m.subject === 'fast-xml-parser'
    const what = `${m.format.toUpperCase()} body just under 4 MiB${bare ? ', bare fast-xml-parser parse' : ''}`
    add(
      `${m.id}/heap`,
      `${what}: peak heap growth ÷ body size`,
      m.heapPeakGrowth / m.bodyBytes,
      bare ? undefined : { max: 10 },
    )
    add(`${m.id}/rss`, `${what}: peak RSS growth ÷ body size`, m.rssPeakGrowth / m.bodyBytes)
  }
  const xmlMemory = memory.find((m) => m.id === 'memory-xml')
  const bareMemory = memory.find((m) => m.id === 'memory-fast-xml-parser')
  if (xmlMemory !== undefined && bareMemory !== undefined) {
    add(
      'memory-xml/vs-fast-xml-parser',
      'XML body just under 4 MiB: parseCallback peak heap growth ÷ bare fast-xml-parser parse',
      xmlMemory.heapPeakGrowth / bareMemory.heapPeakGrowth,
    )
  }
  return figures
}
