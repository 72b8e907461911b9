// Prints one run's figures as Markdown tables (ready to paste into the README).

const KiB = 1024
const MiB = 1024 * 1024

export const formatBytes = (n) =>
  n >= MiB ? `${(n / MiB).toFixed(2)} MiB` : n >= KiB ? `${(n / KiB).toFixed(1)} KiB` : `${n} B`

export const formatMicros = (us) =>
  us >= 10_000
    ? `${(us / 1000).toFixed(1)} ms`
    : us >= 100
      ? `${us.toFixed(0)} µs`
      : `${us.toFixed(us >= 10 ? 1 : 2)} µs`

const table = (header, rows) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n')

const verdict = (f) => {
  if (f.target === undefined) return ''
  const ok = f.value <= f.target.max
  return `≤ ${f.target.max}×${f.target.aim ? ` (aim ${f.target.aim}×)` : ''} ${ok ? 'met' : 'NOT met'}`
}

/** The whole report, as text. */
export const renderReport = (run) => {
  const out = []
  out.push(
    `tencent-ci-callback benchmark: node ${run.node}, ${run.cpus} CPUs, ${run.quick ? 'QUICK mode (figures meaningless)' : `${run.plan.rounds} interleaved rounds, medians`}, timed on ${run.plan.clock === 'wall' ? 'the wall clock' : "the process's CPU time"}`,
  )
  out.push(`package: ${run.dist}`, '')
  out.push('Per call (median over rounds; cases of one group run interleaved):', '')
  out.push(
    table(
      ['Group', 'Body', 'Case', 'Per call', 'Per job'],
      run.timings.map((r) => [
        r.group,
        `${r.bodyLabel} (${formatBytes(r.bodyBytes)})`,
        r.label,
        formatMicros(r.medianMicros),
        r.jobs > 1 ? formatMicros(r.medianMicros / r.jobs) : '',
      ]),
    ),
  )
  out.push(
    '',
    'Ratios (within this run; "A ÷ B" is the median over rounds of A\'s time over B\'s in the same round):',
    '',
  )
  out.push(
    table(
      ['Figure', 'Value', 'Target'],
      run.figures.map((f) => [f.label, `${f.value.toFixed(2)}×`, verdict(f)]),
    ),
  )
  if (run.coldStart.length > 0) {
    out.push(
      '',
      `Cold start (median of ${run.coldStart[0].runs} fresh processes each, time of the require or import only):`,
    )
    out.push(
      '',
      table(
        ['Load', 'Time'],
        run.coldStart.map((c) => [c.label, `${c.medianMs.toFixed(1)} ms`]),
      ),
    )
  }
  if (run.memory.length === 0) return out.join('\n')
  out.push('', `Memory (one decode in a fresh process, median of ${run.memory[0].runs}):`, '')
  out.push(
    table(
      ['Body', 'Decoded by', 'Peak heap growth', 'Peak RSS growth', 'Heap kept by the result'],
      run.memory.map((m) => [
        `${m.format.toUpperCase()}, ${m.jobs} jobs (${formatBytes(m.bodyBytes)})`,
        m.subject === 'fast-xml-parser' ? 'fast-xml-parser parse alone (same options)' : 'parseCallback',
        `${formatBytes(m.heapPeakGrowth)} (${(m.heapPeakGrowth / m.bodyBytes).toFixed(1)}×)`,
        `${formatBytes(m.rssPeakGrowth)} (${(m.rssPeakGrowth / m.bodyBytes).toFixed(1)}×)`,
        `${formatBytes(m.retained)} (${(m.retained / m.bodyBytes).toFixed(1)}×)`,
      ]),
    ),
  )
  return out.join('\n')
}
