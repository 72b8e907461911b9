import { isEmptyWire, normalise, normaliseTree } from '../../src/normalise/normalise'

describe('normalise', () => {
  it('unwraps a single Response key', () => {
    expect(normalise({ Response: { EventName: 'TaskFinish' } })).toStrictEqual({ EventName: 'TaskFinish' })
    expect(normalise({ Response: 'x' })).toStrictEqual({ Response: 'x' })
    expect(normalise({ Response: { a: '1' }, Other: '2' })).toStrictEqual({ Response: { a: '1' }, Other: '2' })
  })

  it('treats empty strings, XML whitespace, null, and lists and objects left empty as absent', () => {
    expect(
      normalise({ N: { A: '', B: ' \t\r\n ', C: null, D: [], E: ['', null], F: {}, G: { H: '' }, I: '0' } }),
    ).toStrictEqual({ N: { I: '0' } })
  })

  it('keeps a hollow node directly under the root as {}, so the family can still be told', () => {
    expect(normalise({ WorkflowExecution: { RunId: '', Tasks: { Type: '' } }, EventName: '' })).toStrictEqual({
      WorkflowExecution: {},
    })
    // …but not an empty element
    expect(normalise({ WorkflowExecution: {}, Audio: '' })).toStrictEqual({})
  })

  it('counts only XML whitespace as blank, not what trim() swallows', () => {
    expect(normalise({ A: '\u00A0', B: '\u3000', C: '\uFEFF', D: '\u2028' })).toStrictEqual({
      A: '\u00A0',
      B: '\u3000',
      C: '\uFEFF',
      D: '\u2028',
    })
  })

  it('makes a blank XML root an empty object, and keeps other empty roots as received', () => {
    expect(normalise('\n  ', (k) => k, true)).toStrictEqual({})
    expect(normalise('', (k) => k, true)).toStrictEqual({})
    expect(normalise({ A: '' }, (k) => k, true)).toStrictEqual({})
    expect(normalise({})).toStrictEqual({})
    expect(normalise([])).toStrictEqual([])
    expect(normalise('  ')).toBe('  ')
  })

  it('leaves one-or-many to the codecs: one item stays an item, a list stays a list', () => {
    const workflow = { RunId: 'r', WorkflowId: 'w' }
    expect(normalise({ JobsDetail: { Workflow: [workflow] } })).toStrictEqual({ JobsDetail: { Workflow: [workflow] } })
    expect(normalise({ JobsDetail: { Workflow: [workflow, ''] } })).toStrictEqual({
      JobsDetail: { Workflow: [workflow] },
    })
    expect(normalise({ Stream: { Video: { Index: '0' } } })).toStrictEqual({ Stream: { Video: { Index: '0' } } })
  })

  it('counts keys, empty ones and a Response wrapper included, and numbers that may have been rounded', () => {
    const counted = normaliseTree({ Response: { A: '', B: { C: 0 }, D: [1, 2e400] } })
    expect(counted.keys).toBe(5)
    expect(counted.oddNumbers).toBe(2)
  })

  it('does not touch its input', () => {
    const tree = { Response: { JobsDetail: { Message: '', Tag: 'SmartCover' } } }
    const before = JSON.stringify(tree)
    normalise(tree)
    expect(JSON.stringify(tree)).toBe(before)
  })

  it('keeps other values as they are (JSON numbers and booleans)', () => {
    expect(normalise({ JobLevel: 0, Flag: false })).toStrictEqual({ JobLevel: 0, Flag: false })
  })

  it('restores escaped keys and never lets __proto__ through', () => {
    const tree: unknown = JSON.parse(
      '{"__proto__": {"x": "1"}, " constructor": "c", "a": {"__proto__": "p", "b": "1"}}',
    )
    const out = normalise(tree, (k) => (k.startsWith(' ') ? k.slice(1) : k))
    expect(Object.keys(out as object)).toStrictEqual(['constructor', 'a'])
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
  })
})

describe('isEmptyWire', () => {
  it('agrees with what normalise drops', () => {
    for (const value of ['', ' \n', null, [], [''], {}, { A: { B: [null] } }]) {
      expect(isEmptyWire(value)).toBe(true)
      expect(normalise({ T: { X: value, K: 'k' } })).toStrictEqual({ T: { K: 'k' } })
    }
    for (const value of ['x', '\u00A0', 0, false, ['', 'y'], { A: { B: ['z'] } }]) {
      expect(isEmptyWire(value)).toBe(false)
      expect(normalise({ X: value })).not.toStrictEqual({})
    }
  })
})

describe('copy on write', () => {
  const frozen = <T>(value: T): T => {
    if (typeof value === 'object' && value !== null) {
      for (const child of Object.values(value)) frozen(child)
      Object.freeze(value)
    }
    return value
  }

  it('returns a tree already in codec shape as it is, and never writes to its input', () => {
    const input = frozen({ JobsDetail: [{ JobId: 'j1', Input: { Object: 'a.mp4' } }], EventName: 'TaskFinish' })
    expect(normalise(input)).toBe(input)
  })

  it('copies only the objects and lists on the path to a change, and shares the rest', () => {
    const input = frozen({
      JobsDetail: { JobId: 'j1', Input: { Object: 'a.mp4' }, Message: '' },
      Other: { Kept: ['1', '2'] },
    })
    const out = normalise(input)
    expect(out).toStrictEqual({
      JobsDetail: { JobId: 'j1', Input: { Object: 'a.mp4' } },
      Other: { Kept: ['1', '2'] },
    })
    expect(out).not.toBe(input)
    if (!isRecordOfUnknown(out)) throw new Error('unexpected shape')
    const job = out.JobsDetail
    if (!isRecordOfUnknown(job)) throw new Error('unexpected shape')
    expect(job.Input).toBe(input.JobsDetail.Input)
    expect(out.Other).toBe(input.Other)
  })

  it('keeps key order when an object copied for a changed value then drops or renames a key', () => {
    const changed = () => frozen({ L: ['1', ''] })
    const dropAfter = normalise(frozen({ A: changed(), B: '', C: 'c' }))
    expect(dropAfter).toStrictEqual({ A: { L: ['1'] }, C: 'c' })
    expect(keysOf(dropAfter)).toStrictEqual(['A', 'C'])
    const dropBefore = normalise(frozen({ B: '', A: changed(), C: 'c' }))
    expect(keysOf(dropBefore)).toStrictEqual(['A', 'C'])
    const restore = (key: string) => (key.startsWith(' ') ? key.slice(1) : key)
    const renamed = normalise(frozen({ A: changed(), ' constructor': 'x', D: { L: ['', '2'] }, E: 'e' }), restore)
    expect(renamed).toStrictEqual({ A: { L: ['1'] }, constructor: 'x', D: { L: ['2'] }, E: 'e' })
    expect(keysOf(renamed)).toStrictEqual(['A', 'constructor', 'D', 'E'])
  })

  it('reads own keys only, as Object.keys does, when Object.prototype has an enumerable key', () => {
    Object.defineProperty(Object.prototype, 'Polluted', { value: 'x', enumerable: true, configurable: true })
    try {
      const input = frozen({ A: '1', B: { C: '2' } })
      expect(normalise(input)).toBe(input)
      const changed = normaliseTree({ A: '1', B: { C: '', D: '2' }, E: '' })
      expect(keysOf(changed.value)).toStrictEqual(['A', 'B'])
      expect(isRecordOfUnknown(changed.value) && keysOf(changed.value.B)).toStrictEqual(['D'])
      expect(changed.keys).toBe(5)
    } finally {
      Reflect.deleteProperty(Object.prototype, 'Polluted')
    }
  })

  it('copies a list from its first dropped item', () => {
    const input = frozen({ A: { L: ['1', '', '3'] } })
    expect(normalise(input)).toStrictEqual({ A: { L: ['1', '3'] } })
    expect(input.A.L).toStrictEqual(['1', '', '3'])
  })
})

const isRecordOfUnknown = (u: unknown): u is Record<string, unknown> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)

/** The own keys of an object, in order; none for anything else. */
const keysOf = (u: unknown): ReadonlyArray<string> => (isRecordOfUnknown(u) ? Object.keys(u) : [])

describe('normaliseTree limits', () => {
  const limits = { maxItems: 3, maxTextLength: 5 }
  const NO_LIMITS = { maxItems: Infinity, maxTextLength: Infinity }

  it('passes lists and texts exactly at the limit', () => {
    const result = normaliseTree(
      { A: ['1', '2', '3'], B: 'abcde', C: { D: ['x', 'y', 'z'] } },
      undefined,
      false,
      limits,
    )
    expect(result.over).toBeUndefined()
    expect(result.value).toStrictEqual({ A: ['1', '2', '3'], B: 'abcde', C: { D: ['x', 'y', 'z'] } })
  })

  it('stops at a list one over, with its path as received (blank items counted)', () => {
    const result = normaliseTree({ A: 'ok', B: [{ C: ['1', '', '', '4'] }] }, undefined, false, limits)
    expect(result.over).toStrictEqual({ unit: 'items', limit: 3, actual: 4, steps: ['B', 0, 'C'] })
    expect(result.value).toBeUndefined()
  })

  it('stops at a text one over, in keys as restored, through a Response wrapper', () => {
    const restore = (key: string) => (key === 'x_a' ? 'a' : key)
    const result = normaliseTree({ Response: { L: [{ x_a: 'abcdef' }] } }, restore, false, limits)
    expect(result.over).toStrictEqual({ unit: 'characters', limit: 5, actual: 6, steps: ['L', 0, 'a'] })
  })

  it('reports only the first violation, in document order', () => {
    const result = normaliseTree({ A: 'abcdef', B: ['1', '2', '3', '4'] }, undefined, false, limits)
    expect(result.over).toMatchObject({ unit: 'characters', steps: ['A'] })
  })

  it('checks a root list or text too', () => {
    expect(normaliseTree(['1', '2', '3', '4'], undefined, false, limits).over).toMatchObject({ steps: [] })
    expect(normaliseTree('abcdef', undefined, true, limits).over).toMatchObject({ unit: 'characters', steps: [] })
  })

  it('drops the key the front end vouches is blank without reading it, and keeps it otherwise', () => {
    const tree = { A: { '#text': '\n    ', B: 'x', C: { '#text': 'not read', D: 'y' } } }
    expect(normaliseTree(tree, undefined, false, { ...limits, blankKey: '#text' }).value).toStrictEqual({
      A: { B: 'x', C: { D: 'y' } },
    })
    expect(normaliseTree(tree, undefined, false, NO_LIMITS).value).toStrictEqual({
      A: { B: 'x', C: { '#text': 'not read', D: 'y' } },
    })
  })

  it('has no limits by default', () => {
    expect(normaliseTree({ A: Array.from({ length: 20_000 }, () => '1') }).over).toBeUndefined()
  })
})
