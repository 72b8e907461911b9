import type * as t from 'io-ts'
import { isNeverDropped, isOptionalEntry } from '../codecs/shape'
import type { PathStep } from '../locate/path-steps'

/** One value graded decoding leaves out: where (in the codec's view of the tree), what it was, and why. */
export interface DropUnit {
  /** Field names and list indices from the top-level value to the value left out. */
  readonly steps: ReadonlyArray<PathStep>
  /** The value as it came (before the codec read it one-or-many). */
  readonly raw: unknown
  /** The first error found inside it. */
  readonly error: t.ValidationError
}

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

/**
 * The path of a context as steps: an entry that hands the *same* value on (a union trying a member,
 * a dispatcher delegating to a codec) is no step; under a list, a key is an index.
 */
export const stepsOf = (context: t.Context): Array<PathStep> => {
  const steps: Array<PathStep> = []
  for (let i = 1; i < context.length; i++) {
    const parent = context[i - 1]
    const entry = context[i]
    if (parent === undefined || entry === undefined || entry.actual === parent.actual) continue
    steps.push(Array.isArray(parent.actual) ? Number(entry.key) : entry.key)
  }
  return steps
}

/**
 * The smallest unit holding a failing value that may be left out: the innermost optional field or
 * list item on its path. `undefined` when there is none (the callback's or a job's required fields,
 * or a job itself): then the callback is refused.
 */
const unitOf = (error: t.ValidationError): DropUnit | undefined => {
  const context = error.context
  for (let i = context.length - 1; i >= 1; i--) {
    const parent = context[i - 1]
    const entry = context[i]
    if (parent === undefined || entry === undefined || entry.actual === parent.actual) continue
    const container = parent.actual
    if (Array.isArray(container)) {
      if (isNeverDropped(entry.type)) return undefined
      return { steps: stepsOf(context.slice(0, i + 1)), raw: container[Number(entry.key)], error }
    }
    if (isOptionalEntry(entry) && isRecord(container)) {
      return { steps: stepsOf(context.slice(0, i + 1)), raw: container[entry.key], error }
    }
  }
  return undefined
}

const compareSteps = (a: ReadonlyArray<PathStep>, b: ReadonlyArray<PathStep>): number => {
  for (let k = 0; k < a.length && k < b.length; k++) {
    const x = a[k] ?? ''
    const y = b[k] ?? ''
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return a.length - b.length
}

const isPrefix = (a: ReadonlyArray<PathStep>, b: ReadonlyArray<PathStep>): boolean =>
  a.length <= b.length && a.every((step, k) => b[k] === step)

/**
 * The values to leave out for a decode that failed with `errors`, one per unit (an error inside a
 * unit already left out adds nothing), in path order; `undefined` when any error cannot be left out.
 */
export const dropPlan = (errors: t.Errors): ReadonlyArray<DropUnit> | undefined => {
  const units: Array<DropUnit> = []
  for (const error of errors) {
    const unit = unitOf(error)
    if (unit === undefined) return undefined
    units.push(unit)
  }
  units.sort((a, b) => compareSteps(a.steps, b.steps))
  const kept: Array<DropUnit> = []
  for (const unit of units) {
    const last = kept[kept.length - 1]
    if (last !== undefined && isPrefix(last.steps, unit.steps)) continue
    kept.push(unit)
  }
  return kept
}

export { compareSteps }
