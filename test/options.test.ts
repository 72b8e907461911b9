import * as E from 'fp-ts/lib/Either.js'
import { DEFAULT_OPTIONS, resolveOptions } from '../src/options'

describe('resolveOptions', () => {
  it('fills in defaults', () => {
    expect(resolveOptions(undefined)).toStrictEqual(E.right({ maxBytes: 4 * 1024 * 1024, maxDepth: 100 }))
    expect(resolveOptions({})).toStrictEqual(E.right(DEFAULT_OPTIONS))
    expect(resolveOptions({ maxDepth: 20 })).toStrictEqual(E.right({ maxBytes: 4 * 1024 * 1024, maxDepth: 20 }))
  })

  it.each([{ maxBytes: 0 }, { maxBytes: 1.5 }, { maxBytes: '10' }, { maxDepth: Infinity }, [], 'x', 3])('refuses %p', (o) => {
    expect(resolveOptions(o)).toMatchObject(E.left({ _tag: 'InvalidArgument', argument: 'options' }))
  })

  it('freezes the defaults', () => {
    expect(Object.isFrozen(DEFAULT_OPTIONS)).toBe(true)
  })
})
