import { isEmptyWire, isResponseWrapper, type RestoreKey } from '../normalise/normalise'
import type { PathStep } from './path-steps'

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

/** The raw value under `key` (keys as the normaliser restores them). */
const child = (raw: unknown, key: string, restore: RestoreKey): unknown => {
  if (!isRecord(raw)) return undefined
  for (const k of Object.keys(raw)) if (restore(k) === key) return raw[k]
  return undefined
}

/** Raw index of the `n`-th item the normaliser keeps (it drops empty ones), or -1. */
const nthKept = (items: ReadonlyArray<unknown>, n: number, restore: RestoreKey): number => {
  let seen = 0
  for (let i = 0; i < items.length; i++) {
    if (isEmptyWire(items[i], restore)) continue
    if (seen === n) return i
    seen++
  }
  return -1
}

/**
 * A path into the normalised tree (what issues name) → the path into the raw tree that the
 * locators walk: list indices count the raw elements (empty items included, which the normaliser
 * dropped), a `Response` wrapper the normaliser removed is put back, and an item that stands for
 * a one-item list gets its index back. After a missing step the rest is passed on as it is.
 */
export const toRawSteps = (raw: unknown, steps: ReadonlyArray<PathStep>, restore: RestoreKey): Array<PathStep> => {
  const out: Array<PathStep> = []
  let at = raw
  if (isResponseWrapper(raw, restore)) {
    out.push('Response')
    at = child(raw, 'Response', restore)
  }
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s] ?? ''
    if (at === undefined) {
      out.push(step)
      continue
    }
    if (typeof step === 'number') {
      if (!Array.isArray(at)) {
        // A single raw item the normaliser made a one-item list: it is item 0 itself.
        if (step !== 0) at = undefined
        continue
      }
      const index = nthKept(at, step, restore)
      out.push(index === -1 ? step : index)
      at = index === -1 ? undefined : at[index]
      continue
    }
    if (Array.isArray(at)) {
      // A one-item raw list its codec read as its item (a field declared as one node).
      const index = nthKept(at, 0, restore)
      out.push(Math.max(index, 0))
      at = at[Math.max(index, 0)]
    }
    out.push(step)
    at = child(at, step, restore)
  }
  return out
}

/**
 * The other way: a raw path (as a pass over the text finds it) → the path the normalised tree
 * and its issues use. `normalised` is the normaliser's output for `raw`.
 */
export const toNormalisedSteps = (
  raw: unknown,
  normalised: unknown,
  steps: ReadonlyArray<PathStep>,
  restore: RestoreKey,
): Array<PathStep> => {
  const out: Array<PathStep> = []
  let at = raw
  let norm = normalised
  let s = 0
  if (isResponseWrapper(raw, restore) && steps[0] === 'Response') {
    at = child(raw, 'Response', restore)
    s = 1
  }
  for (; s < steps.length; s++) {
    const step = steps[s] ?? ''
    if (typeof step === 'number') {
      if (!Array.isArray(at)) break
      if (Array.isArray(norm)) {
        let kept = 0
        for (let i = 0; i < step && i < at.length; i++) if (!isEmptyWire(at[i], restore)) kept++
        out.push(kept)
        norm = norm[kept]
      }
      at = at[step]
      continue
    }
    if (Array.isArray(norm) && !Array.isArray(at)) {
      out.push(0)
      norm = norm[0]
    }
    out.push(step)
    at = child(at, step, restore)
    norm = isRecord(norm) ? norm[step] : undefined
  }
  return out
}
