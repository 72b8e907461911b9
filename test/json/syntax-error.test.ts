import * as fc from 'fast-check'
import { jsonSyntaxErrorAt } from '../../src/json/syntax-error'

const parses = (text: string): boolean => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('jsonSyntaxErrorAt', () => {
  it.each([
    ['{"a":1,}', 7],
    ['{"a":1', 6],
    ['', 0],
    ['TaskFinish', 0],
    ['[1,2]x', 5],
    ['{"a":"\u0001"}', 6],
    ['{"a":01}', 6],
    ['{"a" 1}', 5],
    ['{"a":"\\x"}', 6],
    ['[1,]', 3],
    ['{"a":[1}', 7],
  ])('%j fails at %i', (text, offset) => {
    expect(jsonSyntaxErrorAt(text)).toBe(offset)
  })

  it.each(['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]} ', '"x"', '0'])('%j is valid', (text) => {
    expect(jsonSyntaxErrorAt(text)).toBe(-1)
  })

  it('agrees with JSON.parse on JSON-like noise and on broken real JSON', () => {
    const unit = fc.constantFrom(
      '{',
      '}',
      '[',
      ']',
      '"',
      ':',
      ',',
      'a',
      '1',
      '0',
      '-',
      '.',
      'e',
      ' ',
      'true',
      'null',
      '\\',
      '\\u0041',
    )
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (text) => {
        expect(jsonSyntaxErrorAt(text) === -1).toBe(parses(text))
      }),
      { numRuns: 3000 },
    )
    fc.assert(
      fc.property(fc.jsonValue(), fc.nat(), fc.nat(), (value, cut, drop) => {
        const text = JSON.stringify(value, null, 1)
        const broken = text.slice(0, cut % (text.length + 1)) + text.slice((cut % (text.length + 1)) + (drop % 3))
        expect(jsonSyntaxErrorAt(broken) === -1).toBe(parses(broken))
      }),
      { numRuns: 2000 },
    )
  })
})
