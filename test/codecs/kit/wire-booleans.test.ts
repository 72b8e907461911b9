import * as E from 'fp-ts/lib/Either.js'
import { BooleanFromWire } from '../../../src/codecs/kit/wire-booleans'

describe('BooleanFromWire', () => {
  it('reads true/false in any case, and JSON booleans', () => {
    expect(BooleanFromWire.decode('false')).toStrictEqual(E.right(false))
    expect(BooleanFromWire.decode('TRUE')).toStrictEqual(E.right(true))
    expect(BooleanFromWire.decode(true)).toStrictEqual(E.right(true))
    expect(BooleanFromWire.encode(false)).toBe('false')
  })

  it.each(['0', '1', 'yes', '', '\u00A0false'])('refuses %j', (u) => {
    expect(E.isLeft(BooleanFromWire.decode(u))).toBe(true)
  })

  it('ignores XML whitespace around the word', () => {
    expect(BooleanFromWire.decode(' false\n')).toStrictEqual(E.right(false))
  })
})
