/**
 * A predicate for "the element `name`, inside `parents` (outermost first, no indices), matches one
 * of these path suffixes" (`Stream.Video` matches a `Video` directly inside a `Stream`, at any depth).
 * Suffixes are grouped by their last name, so a look-up only tries the few that could match.
 *
 * @example
 * const isSingle = suffixMatcher(['JobsDetail.Workflow'])
 * isSingle(['JobsDetail'], 'Workflow') // true
 */
export const suffixMatcher = (
  fields: ReadonlyArray<string>,
): ((parents: ReadonlyArray<string>, name: string) => boolean) => {
  const byLastName = new Map<string, Array<ReadonlyArray<string>>>()
  for (const field of fields) {
    const names = field.split('.')
    const last = names[names.length - 1] ?? ''
    const group = byLastName.get(last) ?? []
    group.push(names)
    byLastName.set(last, group)
  }
  return (parents, name) => {
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
}
