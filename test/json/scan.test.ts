import { countKeys, mayNestDeeperThan, scanJson } from '../../src/json/scan'
import * as fc from 'fast-check'

describe('scanJson', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(scanJson('{"a":[1,{"b":2}]}').depth).toBe(3)
    expect(scanJson('{"a":"[[[[{{{{\\"]]]"}').depth).toBe(1)
    expect(scanJson('"x"').depth).toBe(0)
  })

  it('counts keys (colons outside strings), escaped quotes and backslashes included', () => {
    expect(scanJson('{"a":1,"b":{"c:d":"e:f"}}').keys).toBe(3)
    expect(scanJson('{"a\\\\":"x\\\\\\":y","b":[{"c":1}]}').keys).toBe(3)
    expect(scanJson('[1,2,"::"]').keys).toBe(0)
  })

  it('is safe on 100k-deep input, as JSON.parse is', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000)
    expect(scanJson(deep).depth).toBe(100_000)
    expect(() => JSON.parse(deep)).not.toThrow()
  })
})

describe('countKeys', () => {
  it('counts every key, and never fewer than there are', () => {
    expect(countKeys('{"a":1,"b" : {"c:d":"e:f"}}')).toBe(3)
    expect(countKeys('{"a\\\\":"x\\\\\\":y","b":[{"c":1}]}')).toBe(3)
    expect(countKeys('[1,2,"a:b", "12:00"]')).toBe(0)
    // A string starting with a colon adds one: the caller's exact pass then finds no duplicate.
    expect(countKeys('{"a": ":x"}')).toBe(2)
  })

  it('is at least the true key count for any JSON', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(countKeys(text)).toBeGreaterThanOrEqual(scanJson(text).keys)
      }),
    )
  })
})

describe('mayNestDeeperThan', () => {
  it('is false only when the depth cannot exceed the limit', () => {
    expect(mayNestDeeperThan('{"a":[1,{"b":2}]}', 3)).toBe(false)
    expect(mayNestDeeperThan('{"a":[1,{"b":2}]}', 2)).toBe(true)
    fc.assert(
      fc.property(fc.json(), fc.integer({ min: 1, max: 5 }), (text, max) => {
        if (!mayNestDeeperThan(text, max)) expect(scanJson(text).depth).toBeLessThanOrEqual(max)
      }),
    )
  })
})
