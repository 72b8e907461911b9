import type * as t from 'io-ts'
import type { PathStep } from '../locate/path-steps'

/** One value graded decoding left out: where (in the codec's view of the tree), what it was, and why. */
export interface DropUnit {
  /** Field names and list indices from the top-level value to the value left out. */
  readonly steps: ReadonlyArray<PathStep>
  /** The value as it came (before the codec read it one-or-many). */
  readonly raw: unknown
  /** The first error found inside it. */
  readonly error: t.ValidationError
}

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

/** Body order of two paths: field names by name, list indices by number, a prefix first. */
export const compareSteps = (a: ReadonlyArray<PathStep>, b: ReadonlyArray<PathStep>): number => {
  for (let k = 0; k < a.length && k < b.length; k++) {
    const x = a[k] ?? ''
    const y = b[k] ?? ''
    if (x === y) continue
    if (typeof x === 'number' && typeof y === 'number') return x - y
    return String(x) < String(y) ? -1 : 1
  }
  return a.length - b.length
}
