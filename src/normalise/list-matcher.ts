import { LIST_FIELDS } from './list-fields'

/** Path suffixes grouped by their last name, so a lookup only tries the few that could match. */
const byLastName: ReadonlyMap<string, ReadonlyArray<ReadonlyArray<string>>> = (() => {
  const map = new Map<string, Array<ReadonlyArray<string>>>()
  for (const field of LIST_FIELDS) {
    const names = field.split('.')
    const last = names[names.length - 1] ?? ''
    const group = map.get(last) ?? []
    group.push(names)
    map.set(last, group)
  }
  return map
})()

/**
 * True when the element `name`, inside the elements `parents` (outermost first, no indices),
 * is a list.
 */
export const isListField = (parents: ReadonlyArray<string>, name: string): boolean => {
  const candidates = byLastName.get(name)
  if (candidates === undefined) return false
  return candidates.some((names) => {
    const need = names.length - 1
    if (need > parents.length) return false
    for (let k = 1; k <= need; k++) {
      if (names[need - k] !== parents[parents.length - k]) return false
    }
    return true
  })
}
