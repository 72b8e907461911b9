import * as fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { IntegerFromWire, NumberFromWire } from '../../../src/codecs/kit/wire-numbers'

describe('NumberFromWire', () => {
  it.each([
    ['830.482000', 830.482],
    ['13', 13],
    ['-99', -99],
    ['1e3', 1000],
    ['.5', 0.5],
    ['007', 7],
  ])('reads %j', (text, n) => {
    expect(NumberFromWire.decode(text)).toStrictEqual(E.right(n))
  })

  it('accepts JSON numbers (Tencent sends "JobLevel": 0 in a few samples)', () => {
    expect(NumberFromWire.decode(0)).toStrictEqual(E.right(0))
  })

  it.each(['0x10', '', ' ', '.', 'NaN', 'Infinity', '1,000', '50/1', '1e999', '1e-400', '\u00A05', '5\u3000'])(
    'refuses %j',
    (text) => {
      expect(E.isLeft(NumberFromWire.decode(text))).toBe(true)
    },
  )

  it('ignores XML whitespace around the number (as XML Schema does), and only that', () => {
    expect(NumberFromWire.decode(' 5 ')).toStrictEqual(E.right(5))
    expect(NumberFromWire.decode('\n\t13.5\r\n')).toStrictEqual(E.right(13.5))
  })

  it('says when a value overflows or underflows instead of rounding it silently', () => {
    expect(NumberFromWire.decode('1e999')).toMatchObject(
      E.left([
        {
          message: 'Expected a number like "830.482": the value is too large for a JavaScript number, received "1e999"',
        },
      ]),
    )
    expect(NumberFromWire.decode('1e-400')).toMatchObject(E.left([{ message: expect.stringContaining('too small') }]))
    expect(NumberFromWire.decode('0e-400')).toStrictEqual(E.right(0))
  })

  it('round-trips every finite double through its text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        const back = NumberFromWire.decode(NumberFromWire.encode(n))
        expect(back).toStrictEqual(E.right(n === 0 ? 0 : n))
      }),
    )
  })
})

describe('IntegerFromWire', () => {
  it('reads whole numbers, with leading zeros and signs', () => {
    expect(IntegerFromWire.decode('1280')).toStrictEqual(E.right(1280))
    expect(IntegerFromWire.decode('007')).toStrictEqual(E.right(7))
    expect(IntegerFromWire.decode('-3')).toStrictEqual(E.right(-3))
    expect(IntegerFromWire.decode(2)).toStrictEqual(E.right(2))
  })

  it.each(['1.5', '1.05e1', '0x10', '', '4.0000000000000001', 2.5, Infinity])('refuses %j', (u) => {
    expect(E.isLeft(IntegerFromWire.decode(u))).toBe(true)
  })

  it.each([
    ['5.0', 5.0],
    ['1e3', 1e3],
    ['1.5e1', 1.5e1],
    ['-0', -0],
    [' 7\n', 7],
  ])('reads %j the same as the JSON number %j', (text, n) => {
    expect(IntegerFromWire.decode(text)).toStrictEqual(E.right(n))
    expect(IntegerFromWire.decode(n)).toStrictEqual(IntegerFromWire.decode(text))
  })

  it('refuses integers outside the safe range, saying so', () => {
    for (const u of ['12345678901234567890', '9007199254740992', 9007199254740992]) {
      const result = IntegerFromWire.decode(u)
      expect(result).toMatchObject(E.left([{ message: expect.stringContaining('outside the safe integer range') }]))
    }
    expect(IntegerFromWire.decode('9007199254740991')).toStrictEqual(E.right(Number.MAX_SAFE_INTEGER))
  })

  it('round-trips every safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        expect(IntegerFromWire.decode(IntegerFromWire.encode(n))).toStrictEqual(E.right(n))
      }),
    )
  })
})

describe('numbers written as plain digits (the fast path)', () => {
  /** 1 to 21 digits, every length about as likely, leading zeros now and then. */
  const digitStrings = fc
    .tuple(
      fc.integer({ min: 0, max: 20 }).chain((length) => fc.bigInt({ min: 0n, max: 10n ** BigInt(length) })),
      fc.constantFrom('', '', '', '0', '00'),
    )
    .map(([n, zeros]) => zeros + String(n))

  it('IntegerFromWire: exactly the safe integers, at any length', () => {
    fc.assert(
      fc.property(digitStrings, (s) => {
        const result = IntegerFromWire.decode(s)
        if (BigInt(s) <= BigInt(Number.MAX_SAFE_INTEGER)) expect(result).toStrictEqual(E.right(Number(s)))
        else expect(E.isLeft(result)).toBe(true)
      }),
      { numRuns: 3000 },
    )
  })

  it('NumberFromWire: digits with a point read as Number reads them', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{1,10}\.[0-9]{1,10}$/), (s) => {
        const result = NumberFromWire.decode(s)
        if (Number(s) === 0 && /[1-9]/.test(s)) expect(E.isLeft(result)).toBe(true)
        else expect(result).toStrictEqual(E.right(Number(s)))
      }),
    )
  })
})
