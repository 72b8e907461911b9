import { isBlank } from './blank'

/** How a front end spells keys on the way in (the XML parser escapes reserved names). */
export type RestoreKey = (key: string) => string

/** Keys as they are (JSON): the normaliser recognises this function and then makes no call per key. */
export const keysAsSent: RestoreKey = (key) => key

const identity = keysAsSent

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

/** State of one walk: mutable counters, so the recursion allocates nothing of its own. */
interface Walk {
  readonly restore: RestoreKey
  /** `restore` is the identity (JSON): keys are used as they are, without a call per key. */
  readonly asIs: boolean
  /** A raw key whose value the front end guarantees is blank: dropped unread (XML's `#text` beside children). */
  readonly blankKey: string | undefined
  /** Nesting of the top-level object (2 under a `{"Response": …}` wrapper): its fields may be hollow envelopes. */
  readonly topDepth: number
  /** Keys of every object seen, empty ones included: compared with the JSON text's key count. */
  keys: number
  /** JSON numbers that may have overflowed (±Infinity) or underflowed (0) in `JSON.parse`. */
  oddNumbers: number
  readonly maxItems: number
  readonly maxTextLength: number
  /** The first limit exceeded; once set, the walk unwinds, recording the path on the way out. */
  over: Over | undefined
}

/** A list or text over its limit, and where: `steps` are pushed innermost first while unwinding. */
export interface Over {
  readonly unit: 'items' | 'characters'
  readonly limit: number
  readonly actual: number
  readonly steps: Array<string | number>
}

/** Limits the walk stops at (`Infinity` for none), and what the front end already checked. */
export interface WalkLimits {
  readonly maxItems: number
  readonly maxTextLength: number
  /**
   * A raw key that the front end guarantees only ever holds blank text, dropped without reading
   * it: the XML parser's text key, which the scanner lets through only for whitespace between
   * child elements (mixed content is refused). Its value can be long indentation.
   */
  readonly blankKey?: string
}

const NO_LIMITS: WalkLimits = { maxItems: Infinity, maxTextLength: Infinity }

/*
 * Copy on write: a value whose every part is already in codec shape is returned as it is, and
 * an object or list is copied only from the first key or item that changes. A Tencent body's
 * leaf objects (an `Input`, an `Output`, most of a `MediaInfo`) usually come through untouched,
 * so on a valid body the walk allocates little beyond the lists it wraps. The raw tree is the
 * front end's own fresh parse, never the caller's body, and nothing writes to it afterwards, so
 * sharing its objects is safe.
 */

/** `depth`: nesting of the object or list that holds `value` (0 for the root). */
const normaliseValue = (value: unknown, depth: number, walk: Walk): unknown => {
  if (typeof value === 'string') {
    if (value.length > walk.maxTextLength) {
      walk.over = { unit: 'characters', limit: walk.maxTextLength, actual: value.length, steps: [] }
      return undefined
    }
    return isBlank(value) ? undefined : value
  }
  if (typeof value !== 'object') {
    if (typeof value === 'number' && (value === 0 || !Number.isFinite(value))) walk.oddNumbers += 1
    return value
  }
  if (value === null) return undefined
  if (Array.isArray(value)) return normaliseList(value, depth + 1, walk)
  return isRecord(value) ? normaliseObject(value, depth + 1, walk) : value
}

const normaliseList = (value: ReadonlyArray<unknown>, depth: number, walk: Walk): unknown => {
  if (value.length > walk.maxItems) {
    walk.over = { unit: 'items', limit: walk.maxItems, actual: value.length, steps: [] }
    return undefined
  }
  let items: Array<unknown> | undefined
  for (let i = 0; i < value.length; i++) {
    const item = value[i]
    const normalised = normaliseValue(item, depth, walk)
    if (normalised === undefined && walk.over !== undefined) {
      walk.over.steps.push(i)
      return undefined
    }
    if (items === undefined) {
      if (normalised === item && item !== undefined) continue
      items = value.slice(0, i)
    }
    if (normalised !== undefined) items.push(normalised)
  }
  if (items === undefined) return value.length === 0 ? undefined : value
  return items.length === 0 ? undefined : items
}

const hasOwn = (value: object, key: string): boolean => Object.prototype.hasOwnProperty.call(value, key)

/** A new object holding the first `count` own keys of `value`, which the walk left as they were. */
const copyFirst = (value: Readonly<Record<string, unknown>>, count: number): Record<string, unknown> => {
  const out: Record<string, unknown> = {}
  let k = 0
  for (const key in value) {
    if (!hasOwn(value, key)) continue
    if (k++ === count) break
    out[key] = value[key]
  }
  return out
}

/*
 * Keys are read with `for…in` and an own-property test rather than `Object.keys`: no array of keys
 * per object, and V8 reads each value through the object's enumeration cache (the own test then
 * costs nothing). Inherited enumerable keys (a polluted `Object.prototype`) are skipped, as
 * `Object.keys` would skip them; the order is the same.
 *
 * A copy is built key by key from the first key that changes. (Copying the whole object with a
 * spread and writing the changed values over it measured slower once XML trees had been decoded
 * too: the codecs then read objects of more shapes.)
 */
const normaliseObject = (value: Readonly<Record<string, unknown>>, depth: number, walk: Walk): unknown => {
  let out: Record<string, unknown> | undefined
  let kept = 0
  /** Own keys seen so far. */
  let i = 0
  for (const rawKey in value) {
    if (!hasOwn(value, rawKey)) continue
    const key = walk.asIs ? rawKey : walk.restore(rawKey)
    // `__proto__` is the one key that assignment would not store as data: it is dropped. Every
    // other key (`constructor`, `toString`…) becomes an own property by plain assignment.
    let child: unknown
    if (rawKey !== walk.blankKey && key !== '__proto__') {
      const raw = value[rawKey]
      const normalised = normaliseValue(raw, depth, walk)
      // A limit exceeded below makes the value `undefined`: only then is `over` looked at.
      if (normalised === undefined) {
        if (walk.over !== undefined) {
          walk.over.steps.push(key)
          return undefined
        }
        child = hollowEnvelope(depth === walk.topDepth, raw)
      } else child = normalised
      if (out === undefined) {
        if (child === raw && key === rawKey && child !== undefined) {
          i++
          continue
        }
        out = copyFirst(value, i)
        kept = i
      }
    } else if (out === undefined) {
      out = copyFirst(value, i)
      kept = i
    }
    i++
    if (child !== undefined) {
      out[key] = child
      kept++
    }
  }
  walk.keys += i
  if (out === undefined) return i === 0 ? undefined : value
  return kept === 0 ? undefined : out
}

/**
 * A node directly under the root (`WorkflowExecution`) that had fields, every one of them empty,
 * stays as an empty object rather than vanishing: the callback's family can still be told, and the
 * error names the missing field inside it (Tencent's blank "all nodes" template).
 */
const hollowEnvelope = (top: boolean, raw: unknown): {} | undefined =>
  top && isRecord(raw) && Object.keys(raw).length > 0 ? {} : undefined

/** What `normaliseTree` found besides the tree. */
export interface Normalised {
  /** The normalised tree. */
  readonly value: unknown
  /** Keys of every object in the input, empty ones included. */
  readonly keys: number
  /** How many numbers were 0 or ±Infinity (a JSON number may have underflowed or overflowed). */
  readonly oddNumbers: number
  /** The first list or text over its limit (`steps` outermost first); `value` is then incomplete. */
  readonly over?: Over
}

/**
 * `normalise`, also counting what the JSON front end checks against the text: object keys (a
 * duplicate key makes the text hold more than `JSON.parse` kept) and numbers that may have been
 * rounded to 0 or ±Infinity.
 *
 * @param rootIsElement the tree is an XML root element's content: a blank root is an empty object.
 * @param limits the walk stops at the first list longer than `maxItems` or text longer than
 *   `maxTextLength` (lengths as received, blanks included), and returns it as `over`.
 */
export const normaliseTree = (
  tree: unknown,
  restore: RestoreKey = identity,
  rootIsElement = false,
  limits: WalkLimits = NO_LIMITS,
): Normalised => {
  const root = unwrapResponse(tree, restore)
  const unwrapped = root !== tree
  const walk: Walk = {
    restore,
    asIs: restore === identity,
    blankKey: limits.blankKey,
    topDepth: unwrapped ? 2 : 1,
    keys: unwrapped ? 1 : 0,
    oddNumbers: 0,
    maxItems: limits.maxItems,
    maxTextLength: limits.maxTextLength,
    over: undefined,
  }
  const normalised = normaliseValue(root, unwrapped ? 1 : 0, walk)
  const over = walk.over
  if (over !== undefined) {
    over.steps.reverse()
    return { value: undefined, keys: walk.keys, oddNumbers: walk.oddNumbers, over }
  }
  const value =
    normalised !== undefined
      ? normalised
      : isRecord(root) || (rootIsElement && (root === undefined || root === null || typeof root === 'string'))
        ? {}
        : // Any other empty root stays what it was, so the error says what was received (`[]`, `""`).
          root
  return { value, keys: walk.keys, oddNumbers: walk.oddNumbers }
}

/**
 * The one place where wire shapes become codec shapes, for XML and JSON alike:
 *
 * - a `{ "Response": … }` wrapper (Tencent's JSON variant that has one) is removed, as the XML
 *   front end removes the root element;
 * - empty values are absent: blank text (only space, tab, CR, LF), `null`, and objects and lists
 *   left with nothing in them (`<Audio/>` and `"Audio": {}` alike);
 * - one-or-many is not decided here: each field's codec reads its value in the shape it declares
 *   (`codecs/kit/shape.ts`), so a list is what a codec declares as one, and a field no codec knows
 *   passes through as sent;
 * - keys are copied as own data properties (`constructor`, `prototype`, `toString` are plain data);
 *   a `__proto__` key is dropped: no Tencent field has that name, and code downstream (io-ts's own
 *   `t.intersection` merge among it) assigns keys with `=`, which would turn it into a prototype.
 *
 * The input is never written to. The tree returned shares the input's objects and lists wherever
 * nothing under them changed (copy on write), so it is the input itself when the input was already
 * in codec shape. Recursion depth is bounded by each front end's depth check before parsing.
 * `normalise({ Response: { JobsDetail: { JobId: 'j1', Message: '' } } })` is
 * `{ JobsDetail: { JobId: 'j1' } }`.
 */
export const normalise = (tree: unknown, restore: RestoreKey = identity, rootIsElement = false): unknown =>
  normaliseTree(tree, restore, rootIsElement).value

/**
 * True when the normaliser would drop `value` as empty. Stops at the first non-empty leaf, so it
 * costs little on the values that matter; used to map list indices between raw and normalised trees.
 */
export const isEmptyWire = (value: unknown, restore: RestoreKey = identity): boolean => {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return isBlank(value)
  if (typeof value !== 'object') return false
  if (Array.isArray(value)) return value.every((item) => isEmptyWire(item, restore))
  if (!isRecord(value)) return false
  return Object.keys(value).every((key) => restore(key) === '__proto__' || isEmptyWire(value[key], restore))
}

/** The one own key of `tree`, or `undefined` when it has none or more than one (no array of keys built). */
const onlyKey = (tree: Readonly<Record<string, unknown>>): string | undefined => {
  let only: string | undefined
  for (const key in tree) {
    if (!hasOwn(tree, key)) continue
    if (only !== undefined) return undefined
    only = key
  }
  return only
}

/** True when `normalise` would unwrap `tree`: one `Response` key holding an object. */
export const isResponseWrapper = (tree: unknown, restore: RestoreKey = identity): boolean => {
  if (!isRecord(tree)) return false
  const only = onlyKey(tree)
  return only !== undefined && restore(only) === 'Response' && isRecord(tree[only])
}

const unwrapResponse = (tree: unknown, restore: RestoreKey): unknown => {
  if (!isRecord(tree)) return tree
  const only = onlyKey(tree)
  return only !== undefined && restore(only) === 'Response' && isRecord(tree[only]) ? tree[only] : tree
}
