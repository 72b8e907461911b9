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
 * Warms `fn` up, and returns the number of calls that take about `plan.batchMs` (at least one),
 * sized from the warm code's own calls. Warm means at least `plan.warmupMs` and at least
 * `plan.warmupCalls` calls (but no more than `plan.warmupMaxMs`): parseCallback's first few
 * hundred calls run 3-5x slower than its steady state while V8 tiers up the codecs, so a warm-up
 * by time alone (200 ms, about 200 calls of the seed XML) sized the batches on cold code, and the
 * whole run then timed a few hundred mostly cold calls.
 */
const warmUp = (clock, fn, plan) => {
  if (plan.warmupMs <= 0 || plan.batchMs <= 0) return 1
  const start = clock()
  const end = start + plan.warmupMs
  const cap = start + (plan.warmupMaxMs ?? plan.warmupMs)
  const minCalls = plan.warmupCalls ?? 0
  // Per-call times of the warm-up's calls, in chunks, to size the batch from the warm ones.
  const chunkTimes = []
  let chunk = 1
  for (let calls = 0; ;) {
    const now = clock()
    if (now >= cap || (now >= end && calls >= minCalls)) break
    chunkTimes.push(batch(clock, fn, chunk) / chunk)
    calls += chunk
    if (chunk < 64) chunk *= 2
  }
  // The median of the last half of the chunks: warm code, and one hiccup of the machine does not
  // size every batch of the run (a batch sized on a slow moment left a case 14 calls a round).
  const warm = chunkTimes.slice(Math.floor(chunkTimes.length / 2))
  const perCall = warm.length > 0 ? median(warm) : batch(clock, fn, 1)
  return Math.max(1, Math.round(plan.batchMs / Math.max(perCall, 1e-6)))
}

/** A round's calls of each case are split into at most this many slices, run interleaved. */
const MAX_SLICES = 16

/**
 * Times the cases of one group. Each case is `{ id, fn }`; `fn` is called synchronously.
 * Returns, per case, the median µs per call over the rounds and the per-round samples (µs per
 * call), so that ratios can be taken round by round.
 *
 * Within a round each case's calls (about `plan.batchMs` of them) are cut into slices of a
 * millisecond or two, and the slices of all cases alternate (the order rotating each slice). On
 * this shared 2-core VM the speed of the machine drifts by 2× over tenths of a second: timed in
 * one 25 ms batch each, two cases of a round could land in different phases of that drift, and
 * the seed XML ratio wandered from 1.2× to 1.9× between runs of the same build. Interleaved by
 * the millisecond, both see the same machine, and the ratio holds within a few percent. Garbage
 * collection still falls where it falls, as it would in a server: each case pays for the
 * collections its own allocation triggers, give or take one slice.
 *
 * @param {{ clock: 'cpu' | 'wall', rounds: number, batchMs: number, warmupMs: number }} plan
 *   `warmupMs` or `batchMs` 0: no warm-up, one call per batch.
 */
export const timeGroup = (cases, plan) => {
  const clock = CLOCKS[plan.clock]
  const calls = cases.map((c) => warmUp(clock, c.fn, plan))
  // As many slices as the case with the fewest calls allows: a body that takes 80 ms a call is
  // timed a call at a time, and long calls average the machine's drift out on their own.
  const slices = Math.max(1, Math.min(MAX_SLICES, ...calls))
  const perSlice = calls.map((n) => Math.max(1, Math.round(n / slices)))
  const samples = cases.map(() => [])
  for (let round = 0; round < plan.rounds; round++) {
    const spent = cases.map(() => 0)
    for (let slice = 0; slice < slices; slice++) {
      for (let k = 0; k < cases.length; k++) {
        const i = (round + slice + k) % cases.length
        spent[i] += batch(clock, cases[i].fn, perSlice[i])
      }
    }
    for (let i = 0; i < cases.length; i++) samples[i].push((spent[i] * 1000) / (perSlice[i] * slices))
  }
  if (sink === Symbol.for('never')) console.log('')
  return cases.map((c, i) => ({
    id: c.id,
    medianMicros: median(samples[i]),
    samples: samples[i],
    calls: perSlice[i] * slices,
  }))
}

/**
 * The median over rounds of `a`'s time divided by `b`'s in the same round: the two were
 * measured moments apart, so the ratio is steadier than a ratio of medians.
 */
export const pairedRatio = (a, b) => median(a.samples.map((x, round) => x / b.samples[round]))
