import { forEachTag, type XmlTag } from '../xml/tags'
import type { Located } from './locate-json'
import type { PathStep } from './path-steps'

/** Where to point at a matched element: its text if it has some, else its tag. */
const pointAt = (text: string, tag: XmlTag): number => {
  if (tag.kind !== 'open') return tag.start
  const next = text.indexOf('<', tag.end)
  const inner = text.slice(tag.end, next === -1 ? text.length : next)
  return inner.trim() === '' ? tag.start : tag.end + (inner.length - inner.trimStart().length)
}

/**
 * Finds the element a path names in a well-formed XML text. Paths start below the root element
 * (`<Response>`); a list index picks among same-named siblings, and a step with no index picks the
 * first. When the path leads nowhere (a missing field) the deepest element reached is returned.
 */
export const locateXml = (text: string, steps: ReadonlyArray<PathStep>): Located => {
  let located: Located = { offset: 0, matched: 0 }
  let depth = 0
  let matchedDepth = 0
  let step = 0
  const counts: Array<Map<string, number>> = []
  forEachTag(text, (tag) => {
    if (tag.kind === 'declaration') return false
    if (tag.kind === 'close') {
      if (depth === matchedDepth && depth > 1) return true
      depth -= 1
      return false
    }
    const d = depth + 1
    if (d === 1) {
      located = { offset: tag.start, matched: 0 }
      matchedDepth = 1
    } else if (d === matchedDepth + 1) {
      const siblings = counts[depth] ?? new Map<string, number>()
      counts[depth] = siblings
      const seen = siblings.get(tag.name) ?? 0
      siblings.set(tag.name, seen + 1)
      const index = steps[step + 1]
      if (tag.name === steps[step] && seen === (typeof index === 'number' ? index : 0)) {
        step += typeof index === 'number' ? 2 : 1
        matchedDepth = d
        located = { offset: step === steps.length ? pointAt(text, tag) : tag.start, matched: step }
        if (step === steps.length || tag.kind === 'empty') return true
      }
    }
    if (tag.kind === 'open') {
      depth = d
      counts[d] = new Map()
    }
    return false
  })
  return located
}
