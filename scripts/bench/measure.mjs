// The timing loop: every case of a group runs in the same rounds, interleaved (the order rotates
// each round), so a burst of load from another process hits all of them alike. Hand-written
// rather than tinybench, which times one task to completion before the next: on a shared
// 2-core machine that turns load drift into a ratio error.

/** Keeps results alive so the JIT cannot drop a call whose result is unused. */
let sink

/** The median of a list of numbers. */
export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const nowMs = () => performance.now()

/** Milliseconds taken by `n` calls of `fn`. */
const batch = (fn, n) => {
  const start = nowMs()
  for (let i = 0; i < n; i++) sink = fn()
  return nowMs() - start
}

/** The number of calls of `fn` that takes about `targetMs` (at least one). */
const calibrate = (fn, targetMs) => {
  let n = 1
  for (;;) {
    const ms = batch(fn, n)
    if (ms >= targetMs / 4 || n >= 1 << 20) return Math.max(1, Math.round((n * targetMs) / Math.max(ms, 1e-3)))
    n *= 2
  }
}

/**
 * Times the cases of one group. Each case is `{ id, fn }`; `fn` is called synchronously.
 * Returns, per case, the median µs per call over the rounds and the per-round samples (µs per
 * call), so that ratios can be taken round by round.
 *
 * @param {{ rounds: number, batchMs: number, warmupMs: number }} plan `batchMs` 0: one call per batch
 */
export const timeGroup = (cases, plan) => {
  for (const c of cases) {
    const end = nowMs() + plan.warmupMs
    while (nowMs() < end) sink = c.fn()
  }
  const calls = cases.map((c) => (plan.batchMs > 0 ? calibrate(c.fn, plan.batchMs) : 1))
  const samples = cases.map(() => [])
  for (let round = 0; round < plan.rounds; round++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (round + k) % cases.length
      samples[i].push((batch(cases[i].fn, calls[i]) * 1000) / calls[i])
    }
  }
  if (sink === Symbol.for('never')) console.log('')
  return cases.map((c, i) => ({ id: c.id, medianMicros: median(samples[i]), samples: samples[i], calls: calls[i] }))
}

/**
 * The median over rounds of `a`'s time divided by `b`'s in the same round: the two were
 * measured moments apart, so the ratio is steadier than a ratio of medians.
 */
export const pairedRatio = (a, b) => median(a.samples.map((x, round) => x / b.samples[round]))
