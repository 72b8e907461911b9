import type { PathStep } from '../locate/path-steps'
import { compareSteps, type DropUnit } from './plan'

const REMOVE: unique symbol = Symbol('remove')

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

/**
 * `node` without the value at `steps[k..]`, copying only what lies on the path (the tree is shared
 * elsewhere). Steps are in the codec's view, which reads the wire one-or-many: an index into one
 * item is that item, a key into a list of one is a key into its item.
 */
const without = (node: unknown, steps: ReadonlyArray<PathStep>, k: number): unknown => {
  if (k === steps.length) return REMOVE
  const step = steps[k]
  if (typeof step === 'number') {
    const list: ReadonlyArray<unknown> = Array.isArray(node) ? node : [node]
    const item = list[step]
    if (item === undefined) return node
    const next = without(item, steps, k + 1)
    const copy = list.slice()
    if (next === REMOVE) copy.splice(step, 1)
    else copy[step] = next
    return copy
  }
  const target: unknown = Array.isArray(node) && node.length === 1 ? node[0] : node
  if (!isRecord(target) || step === undefined || !Object.hasOwn(target, step)) return node
  const next = without(target[step], steps, k + 1)
  const copy: Record<string, unknown> = { ...target }
  if (next === REMOVE) delete copy[step]
  else copy[step] = next
  return copy
}

/**
 * The normalised tree without the values graded decoding leaves out. Units are removed last in
 * body order first, so removing a list item never shifts the index of another unit still to come.
 * The tree given is not written to.
 */
export const prune = (tree: unknown, units: ReadonlyArray<DropUnit>): unknown => {
  const ordered = [...units].sort((a, b) => compareSteps(b.steps, a.steps))
  let pruned = tree
  for (const unit of ordered) {
    const next = without(pruned, unit.steps, 0)
    if (next !== REMOVE) pruned = next
  }
  return pruned
}
