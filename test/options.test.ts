import * as E from 'fp-ts/lib/Either.js'
import {
  DEFAULT_OPTIONS,
  MAX_DEPTH_LIMIT,
  MAX_ITEMS_LIMIT,
  MAX_TEXT_LENGTH_LIMIT,
  resolveOptions,
} from '../src/options'

describe('resolveOptions', () => {
  it('fills in defaults', () => {
    const defaults = { maxBytes: 4 * 1024 * 1024, maxDepth: 100, maxItems: 10_000, maxTextLength: 1024 * 1024 }
    expect(resolveOptions(undefined)).toStrictEqual(E.right(defaults))
    expect(resolveOptions({})).toStrictEqual(E.right(DEFAULT_OPTIONS))
    expect(resolveOptions({ maxDepth: 20 })).toStrictEqual(E.right({ ...defaults, maxDepth: 20 }))
  })

  it('accepts maxDepth up to MAX_DEPTH_LIMIT', () => {
    expect(resolveOptions({ maxDepth: MAX_DEPTH_LIMIT })).toStrictEqual(E.right({ ...DEFAULT_OPTIONS, maxDepth: 1000 }))
  })

  it('accepts maxItems and maxTextLength from 1 up to their limits', () => {
    expect(resolveOptions({ maxItems: 1, maxTextLength: 1 })).toStrictEqual(
      E.right({ ...DEFAULT_OPTIONS, maxItems: 1, maxTextLength: 1 }),
    )
    expect(resolveOptions({ maxItems: MAX_ITEMS_LIMIT, maxTextLength: MAX_TEXT_LENGTH_LIMIT })).toStrictEqual(
      E.right({ ...DEFAULT_OPTIONS, maxItems: 1_000_000, maxTextLength: 2 ** 30 }),
    )
  })

  it.each([
    [{ maxItems: 0 }, 'options.maxItems must be a whole number from 1 to 1000000, received 0'],
    [{ maxItems: 1_000_001 }, 'options.maxItems must be a whole number from 1 to 1000000, received 1000001'],
    [{ maxItems: 2.5 }, 'options.maxItems must be a whole number'],
    [{ maxItems: '10' }, 'options.maxItems must be a whole number'],
    [{ maxItems: NaN }, 'options.maxItems must be a whole number'],
    [{ maxTextLength: -1 }, 'options.maxTextLength must be a whole number from 1 to 1073741824, received -1'],
    [{ maxTextLength: 2 ** 30 + 1 }, 'options.maxTextLength must be a whole number'],
    [{ maxTextLength: null }, 'options.maxTextLength must be a whole number'],
  ])('refuses %p, naming the option', (o, message) => {
    const result = resolveOptions(o)
    expect(result).toMatchObject(E.left({ _tag: 'InvalidArgument', argument: 'options' }))
    expect(E.isLeft(result) ? result.left.message : '').toContain(message)
  })

  it.each([
    { maxBytes: 0 },
    { maxBytes: 1.5 },
    { maxBytes: '10' },
    { maxDepth: Infinity },
    { maxDepth: 1001 },
    [],
    'x',
    3,
  ])('refuses %p', (o) => {
    expect(resolveOptions(o)).toMatchObject(E.left({ _tag: 'InvalidArgument', argument: 'options' }))
  })

  it('freezes the defaults', () => {
    expect(Object.isFrozen(DEFAULT_OPTIONS)).toBe(true)
  })
})
