import { jsonDepth } from '../../src/json/depth'
import { parseJson } from '../../src/json/parse-json'
import { getLeft, getRight } from '../support/either'

describe('jsonDepth', () => {
  it('counts objects and arrays, not brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3)
    expect(jsonDepth('{"a":"[[[[{{{{\\"]]]"}')).toBe(1)
    expect(jsonDepth('"x"')).toBe(0)
  })
})

describe('parseJson', () => {
  it('parses JSON', () => {
    expect(getRight(parseJson('{"a":["1",2,true,null]}', 10))).toStrictEqual({ a: ['1', 2, true, null] })
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
