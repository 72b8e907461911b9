import { parseJson } from '../../src/json/parse-json'
import { scanJson } from '../../src/json/scan'
import { getLeft, getRight } from '../support/either'

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

describe('parseJson', () => {
  it('parses JSON', () => {
    expect(getRight(parseJson('{"a":["1",2,true,null]}', 10))).toStrictEqual({
      tree: { a: ['1', 2, true, null] },
      keys: 1,
    })
  })

  it.each([
    ['{"a":1,}', 1, 8],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['{"a":', 1, 6],
    ['', 1, 1],
  ])('reports %j with its line and column', (text, line, column) => {
    expect(getLeft(parseJson(text, 10))).toMatchObject({
      _tag: 'MalformedBody',
      format: 'json',
      reason: 'syntax',
      line,
      column,
    })
  })

  it('refuses depth past the limit', () => {
    expect(getLeft(parseJson('[[[]]]', 2))).toMatchObject({ _tag: 'LimitExceeded', unit: 'depth', limit: 2, actual: 3 })
  })
})
