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

/**
 * The clocks a batch can be timed with, in milliseconds. `cpu` (the default) is the CPU time of
 * this process (user + system, V8's background GC and compiler threads included): the time the
 * process spends descheduled while other processes run does not count, which on a shared
 * machine removes most of the noise. `wall` is elapsed real time.
 */
export const CLOCKS = {
  cpu: () => {
    const { user, system } = process.cpuUsage()
    return (user + system) / 1000
  },
  wall: () => performance.now(),
}

/** Milliseconds taken by `n` calls of `fn`, on `clock`. */
const batch = (clock, fn, n) => {
  const start = clock()
  for (let i = 0; i < n; i++) sink = fn()
  return clock() - start
}

/**
 * Warms `fn` up for `plan.warmupMs`, and returns the number of calls that take about
 * `plan.batchMs` (at least one), sized from the warm-up's own calls.
 */
const warmUp = (clock, fn, plan) => {
  if (plan.warmupMs <= 0 || plan.batchMs <= 0) return 1
  const end = clock() + plan.warmupMs
  while (clock() < end) sink = fn()
  // Then size the batch on the warm code: double until a batch takes a tenth of the target.
  for (let n = 1; ; n *= 2) {
    const ms = batch(clock, fn, n)
    if (ms >= plan.batchMs / 10) return Math.max(1, Math.round((n * plan.batchMs) / ms))
  }
}

/**
 * Times the cases of one group. Each case is `{ id, fn }`; `fn` is called synchronously.
 * Returns, per case, the median µs per call over the rounds and the per-round samples (µs per
 * call), so that ratios can be taken round by round.
 *
 * @param {{ clock: 'cpu' | 'wall', rounds: number, batchMs: number, warmupMs: number }} plan
 *   `warmupMs` or `batchMs` 0: no warm-up, one call per batch.
 */
export const timeGroup = (cases, plan) => {
  const clock = CLOCKS[plan.clock]
  const calls = cases.map((c) => warmUp(clock, c.fn, plan))
  const samples = cases.map(() => [])
  for (let round = 0; round < plan.rounds; round++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (round + k) % cases.length
      samples[i].push((batch(clock, cases[i].fn, calls[i]) * 1000) / calls[i])
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
