import { isListField } from './list-matcher'

/** How a front end spells keys on the way in (the XML parser escapes reserved names). */
export type RestoreKey = (key: string) => string

const identity: RestoreKey = (key) => key

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

const normaliseValue = (value: unknown, parents: Array<string>, restore: RestoreKey): unknown => {
  if (value === null || value === undefined) return undefined
  if (typeof value === 'string') return value.trim() === '' ? undefined : value
  if (Array.isArray(value)) {
    const items: Array<unknown> = []
    for (const item of value) {
      const normalised = normaliseValue(item, parents, restore)
      if (normalised !== undefined) items.push(normalised)
    }
    return items.length === 0 ? undefined : items
  }
  if (isRecord(value)) {
    const out: Record<string, unknown> = {}
    for (const rawKey of Object.keys(value)) {
      const key = restore(rawKey)
      // `__proto__` is the one key that assignment would not store as data: it is dropped. Every
      // other key (`constructor`, `toString`…) becomes an own property by plain assignment.
      if (key === '__proto__') continue
      parents.push(key)
      const child = normaliseValue(value[rawKey], parents, restore)
      parents.pop()
      if (child === undefined) continue
      out[key] = isListField(parents, key) && !Array.isArray(child) ? [child] : child
    }
    return out
  }
  return value
}

/**
 * The one place where wire shapes become codec shapes, for XML and JSON alike:
 *
 * - a `{ "Response": … }` wrapper (Tencent's JSON variant that has one) is removed, as the XML
 *   front end removes the root element;
 * - empty values (`<Message/>`, whitespace-only text, `""`, `null`) are absent, and a list left
 *   with no items is absent;
 * - every element named in `LIST_FIELDS` is an array, whether the wire had one item or many;
 * - keys are copied as own data properties (`constructor`, `prototype`, `toString` are plain data);
 *   a `__proto__` key is dropped: no Tencent field has that name, and code downstream (io-ts's own
 *   `t.intersection` merge among it) assigns keys with `=`, which would turn it into a prototype.
 *
 * Returns a new tree; the input is not touched. Recursion depth is bounded by the depth check
 * that each front end runs before parsing.
 */
export const normalise = (tree: unknown, restore: RestoreKey = identity): unknown => {
  const root = unwrapResponse(tree, restore)
  const normalised = normaliseValue(root, [], restore)
  // An empty root stays what it was, so the error says what was received (`[]`, `""`), not "nothing".
  return normalised === undefined ? root : normalised
}

const unwrapResponse = (tree: unknown, restore: RestoreKey): unknown => {
  if (!isRecord(tree)) return tree
  const keys = Object.keys(tree)
  const [only] = keys
  return keys.length === 1 && only !== undefined && restore(only) === 'Response' && isRecord(tree[only])
    ? tree[only]
    : tree
}
