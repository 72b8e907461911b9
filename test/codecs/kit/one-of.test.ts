import * as E from 'fp-ts/lib/Either.js'
import { oneOf } from '../../../src/codecs/kit/one-of'
import { toPayloadIssues } from '../../../src/payload-issues'

describe('oneOf', () => {
  const Mode = oneOf('Mode', ['HLG', 'HDR10'] as const)

  it('accepts the listed strings only', () => {
    expect(Mode.decode('HLG')).toStrictEqual(E.right('HLG'))
    expect(Mode.is('HDR10')).toBe(true)
    expect(Mode.is('hlg')).toBe(false)
    expect(Mode.encode('HLG')).toBe('HLG')
  })

  it('says what it expected, summarising long lists', () => {
    const long = oneOf('Long', ['a', 'b', 'c', 'd', 'e', 'f', 'g'] as const)
    const result = long.decode('z')
    expect(E.isLeft(result) && toPayloadIssues(result.left)[0]).toStrictEqual({
      path: '',
      expected: 'one of a, b, c, d, e, … 2 more',
      received: '"z"',
      message: 'Expected one of a, b, c, d, e, … 2 more, received "z"',
    })
  })
})
