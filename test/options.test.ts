import * as E from 'fp-ts/lib/Either.js'
import { DEFAULT_OPTIONS, MAX_DEPTH_LIMIT, resolveOptions } from '../src/options'

describe('resolveOptions', () => {
  it('fills in defaults', () => {
    expect(resolveOptions(undefined)).toStrictEqual(E.right({ maxBytes: 4 * 1024 * 1024, maxDepth: 100 }))
    expect(resolveOptions({})).toStrictEqual(E.right(DEFAULT_OPTIONS))
    expect(resolveOptions({ maxDepth: 20 })).toStrictEqual(E.right({ maxBytes: 4 * 1024 * 1024, maxDepth: 20 }))
  })

  it('accepts maxDepth up to MAX_DEPTH_LIMIT', () => {
    expect(resolveOptions({ maxDepth: MAX_DEPTH_LIMIT })).toStrictEqual(E.right({ ...DEFAULT_OPTIONS, maxDepth: 1000 }))
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
