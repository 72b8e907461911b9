import { isRawTree } from '../codecs/kit/raw-tree'
import type { PathStep } from '../locate/path-steps'
import type { DroppedField } from './dropped'
import { compareSteps } from './steps'

/** `node` with `raw` put back at `steps[k..]`, copying what lies on the path (the wire tree may share the value's objects). */
const withValue = (node: unknown, steps: ReadonlyArray<PathStep>, k: number, raw: unknown): unknown => {
  const step = steps[k]
  if (step === undefined) return raw
  if (typeof step === 'number') {
    const list: Array<unknown> = Array.isArray(node) ? node.slice() : node === undefined ? [] : [node]
    const at = Math.min(step, list.length)
    if (k === steps.length - 1) list.splice(at, 0, raw)
    else list[at] = withValue(list[at], steps, k + 1, raw)
    return list
  }
  const copy: Record<string, unknown> = isRawTree(node) ? { ...node } : {}
  copy[step] = k === steps.length - 1 ? raw : withValue(copy[step], steps, k + 1, raw)
  return copy
}

/**
 * A wire tree with every dropped value written back where it was: in body order, so that a list
 * item goes back to its index once the items before it are back.
 */
export const restoreDropped = (tree: unknown, dropped: ReadonlyArray<DroppedField>): unknown => {
  const ordered = [...dropped].sort((a, b) => compareSteps(a.steps, b.steps))
  let restored = tree
  for (const field of ordered) restored = withValue(restored, field.steps, 0, field.raw)
  return restored
}
