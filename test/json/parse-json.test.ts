import * as E from 'fp-ts/lib/Either.js'
import { parseJson } from '../../src/json/parse-json'
import { countKeys, scanJson } from '../../src/json/scan'
import * as fc from 'fast-check'
import { getLeft, getRight } from '../support/either'

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

  it('refuses depth past the limit before parsing, valid or not', () => {
    expect(getLeft(parseJson('[[[]]]', 2))).toMatchObject({ _tag: 'LimitExceeded', unit: 'depth', limit: 2, actual: 3 })
    expect(getLeft(parseJson('[[[]]', 2))).toMatchObject({ _tag: 'LimitExceeded', unit: 'depth', limit: 2, actual: 3 })
    expect(getLeft(parseJson('[[]', 2))).toMatchObject({ _tag: 'MalformedBody' })
    expect(getRight(parseJson('[[]]', 2)).tree).toEqual([[]])
  })

  it('refuses depth past the limit in a text that is not JSON, rather than its syntax', () => {
    expect(getLeft(parseJson('{{{{{', 2))).toMatchObject({ _tag: 'LimitExceeded', unit: 'depth', actual: 5 })
    expect(getLeft(parseJson('{"a":{"b":{}}}', 2))).toMatchObject({ _tag: 'LimitExceeded', actual: 3 })
    expect(getLeft(parseJson('{"a":{"b":{', 2))).toMatchObject({ _tag: 'LimitExceeded', actual: 3 })
    expect(getLeft(parseJson('{"a":{"b":', 2))).toMatchObject({ _tag: 'MalformedBody' })
  })

  it('refuses depth exactly when the text nests deeper than the limit, whole or cut short, and counts every key', () => {
    const texts = fc.oneof(
      fc.json(),
      fc.json().chain((text) => fc.nat(text.length).map((n) => text.slice(0, n))),
      fc.stringMatching(/^[{}[\]":a, ]{0,24}$/),
    )
    fc.assert(
      fc.property(texts, fc.integer({ min: 1, max: 6 }), (text, max) => {
        const parsed = parseJson(text, max)
        const deep = scanJson(text).depth > max
        expect(E.isLeft(parsed) && parsed.left._tag === 'LimitExceeded').toBe(deep)
        if (E.isRight(parsed)) expect(parsed.right.keys).toBe(countKeys(text))
      }),
      { numRuns: 2000 },
    )
  })

  it('answers a body nested far past the limit without parsing it, and JSON.parse would not throw on it', () => {
    const n = 200_000
    const text = '['.repeat(n) + ']'.repeat(n)
    expect(getLeft(parseJson(text, 100))).toMatchObject({ _tag: 'LimitExceeded', actual: n })
    expect(() => JSON.parse(text)).not.toThrow()
  })
})
