/**
 * Where an element sits, as one state of an automaton over element names, so that "is this
 * element a list?" costs a filter test per key (and a `Map` look-up for the few keys that name a
 * path) while the normaliser walks down, instead of comparing a stack of parent names against
 * every path suffix (Aho–Corasick over names rather than characters).
 *
 * A state stands for the longest tail of the path walked so far that begins some field's path;
 * its flags say whether the name just stepped onto ends a path in `LIST_FIELDS` or in
 * `SINGLE_FIELDS` (so `Stream.Video` matches a `Video` directly inside a `Stream`, at any depth).
 * Names that begin no field's path lead back to the start state. Array items do not step: a list
 * item sits where its list does.
 */
export interface PathState {
  /** The element just stepped onto ends a path of the list fields: it is a list. */
  readonly list: boolean
  /** The element just stepped onto ends a path of the single fields: a one-item list is its item. */
  readonly single: boolean
}

interface Building extends PathState {
  readonly children: Map<string, Building>
  /** The states stepped to from here so far, by name (filled as bodies use them; path names only). */
  readonly next: Map<string, Building>
  list: boolean
  single: boolean
  fail: Building | undefined
}

const node = (): Building => ({ children: new Map(), next: new Map(), list: false, single: false, fail: undefined })

/** An automaton over element names: its start state, and the step from a state over one name. */
export interface PathAutomaton {
  /** The state of the document's top level. */
  readonly start: PathState
  /** The state after `name` from `state`: the start state when `name` begins no field's path. */
  readonly step: (state: PathState, name: string) => PathState
}

/**
 * A filter over a name's length, first and last code unit, set for every name some path uses:
 * most keys of a body (`JobId`, `Code`, `State`…) are in no path, and one typed-array read tells
 * them apart without the `Map` look-up that was a quarter of the normaliser's time. It can say
 * "maybe" for a name no path uses (then the look-up answers); never "no" for one a path uses.
 */
const nameFilter = (names: Iterable<string>): ((name: string) => boolean) => {
  const slot = (name: string): number => ((name.length & 63) << 7) | (name.charCodeAt(0) & 127)
  const bit = (name: string): number => 1 << (name.charCodeAt(name.length - 1) & 31)
  const masks = new Int32Array(64 * 128)
  for (const name of names) masks[slot(name)] = (masks[slot(name)] ?? 0) | bit(name)
  return (name) => ((masks[slot(name)] ?? 0) & bit(name)) !== 0
}

/**
 * Builds the automaton of two sets of path suffixes (dot-separated element names).
 *
 * @example
 * const { start, step } = pathAutomaton(['Stream.Video'], ['JobsDetail.Workflow'])
 * step(step(start, 'Stream'), 'Video').list // true
 */
export const pathAutomaton = (lists: ReadonlyArray<string>, singles: ReadonlyArray<string>): PathAutomaton => {
  const root = node()
  const add = (path: string, flag: 'list' | 'single'): void => {
    let at = root
    for (const name of path.split('.')) {
      let child = at.children.get(name)
      if (child === undefined) {
        child = node()
        at.children.set(name, child)
      }
      at = child
    }
    at[flag] = true
  }
  for (const path of lists) add(path, 'list')
  for (const path of singles) add(path, 'single')

  // Breadth first, so a state's fallback (the longest proper tail of its path that is also a
  // path prefix) is complete before the state itself.
  const names = new Set<string>()
  const states = new Map<PathState, Building>([[root, root]])
  const order: Array<Building> = [root]
  for (let k = 0; k < order.length; k++) {
    const at = order[k] ?? root
    for (const [name, child] of at.children) {
      names.add(name)
      states.set(child, child)
      order.push(child)
    }
  }
  const follow = (from: Building, name: string): Building => {
    for (let at: Building | undefined = from; at !== undefined; at = at.fail) {
      const child = at.children.get(name)
      if (child !== undefined) return child
    }
    return root
  }
  for (const at of order) {
    for (const [name, child] of at.children) {
      child.fail = at === root ? root : follow(at.fail ?? root, name)
      const fallback = child.fail
      child.list ||= fallback.list
      child.single ||= fallback.single
    }
  }
  // Transitions are found through the fallbacks the first time a body takes them, and kept: no
  // table of every state and name is built at start-up. Only path names are kept, so the cache
  // stays as small as that table would be, whatever names a body sends.
  const maybe = nameFilter(names)
  const step = (state: PathState, name: string): PathState => {
    if (!maybe(name)) return root
    const at = states.get(state) ?? root
    const known = at.next.get(name)
    if (known !== undefined) return known
    if (!names.has(name)) return root
    const to = follow(at, name)
    at.next.set(name, to)
    return to
  }
  return { start: root, step }
}
