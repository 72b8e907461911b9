import * as fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import {
  BooleanFromWire,
  DateFromTencentTime,
  DateOrUnsetFromTencentTime,
  IntegerFromWire,
  NumberFromWire,
  formatTencentTime,
  parseTencentTime,
} from '../../../src/codecs/kit/scalars'

describe('parseTencentTime', () => {
  it.each([
    ['2022-06-30T15:29:42+0800', '2022-06-30T07:29:42.000Z'],
    ['2022-08-09 14:54:17+0800', '2022-08-09T06:54:17.000Z'],
    ['2021-08-10T21:01:10+08:00', '2021-08-10T13:01:10.000Z'],
    ['2021-08-10T21:01:10Z', '2021-08-10T21:01:10.000Z'],
    ['2021-08-10T21:01:10.5-0130', '2021-08-10T22:31:10.500Z'],
    ['2024-02-29T00:00:00+0000', '2024-02-29T00:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseTencentTime(text)?.toISOString()).toBe(iso)
  })

  it.each([
    '-',
    '',
    'yesterday',
    '2022-06-30',
    '2022-06-30T15:29:42',
    '2022-06-30T15:29:42+08',
    '2022-13-01T00:00:00+0800',
    '2023-02-29T00:00:00+0800',
    '2022-06-31T00:00:00+0800',
    '2022-06-30T24:00:00+0800',
    '2022-06-30T15:60:00+0800',
    ' 2022-06-30T15:29:42+0800',
    '2022-06-30T15:29:42+0800 ',
    '1656574182',
  ])('refuses %j', (text) => {
    expect(parseTencentTime(text)).toBeUndefined()
  })

  it('refuses offsets whose minutes are 60 or more', () => {
    for (const text of ['2022-06-30T15:29:42+0860', '2022-06-30T15:29:42+08:60', '2022-06-30T15:29:42-0099']) {
      expect(parseTencentTime(text)).toBeUndefined()
    }
    expect(parseTencentTime('2022-06-30T15:29:42+0859')?.toISOString()).toBe('2022-06-30T06:30:42.000Z')
    expect(parseTencentTime('2022-06-30T15:29:42+1800')).toBeDefined()
    expect(parseTencentTime('2022-06-30T15:29:42+1801')).toBeUndefined()
  })

  it.each([
    ['0000-01-01T00:00:00Z', '0000-01-01T00:00:00.000Z'],
    ['0050-06-30T15:29:42Z', '0050-06-30T15:29:42.000Z'],
    ['0099-12-31T23:59:59Z', '0099-12-31T23:59:59.000Z'],
    ['0004-02-29T08:00:00+0800', '0004-02-29T00:00:00.000Z'],
  ])('reads the year as written in %s (no 1900s shift)', (text, iso) => {
    expect(parseTencentTime(text)?.toISOString()).toBe(iso)
  })

  it('refuses 29 February in a year 0–99 that is not a leap year', () => {
    expect(parseTencentTime('0001-02-29T00:00:00Z')).toBeUndefined()
  })

  it('does not lean on Date.parse: equal to an explicit UTC computation for any valid time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }),
        (d) => {
          const whole = new Date(Math.floor(d.getTime() / 1000) * 1000)
          const text = formatTencentTime(whole)
          expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+0800$/)
          expect(parseTencentTime(text)?.getTime()).toBe(whole.getTime())
        },
      ),
    )
  })
})

describe('DateFromTencentTime', () => {
  it('decodes to a Date and encodes back to the job-callback form in Beijing time', () => {
    const decoded = DateFromTencentTime.decode('2022-08-09 14:54:17+0800')
    expect(decoded).toStrictEqual(E.right(new Date('2022-08-09T06:54:17Z')))
    expect(DateFromTencentTime.encode(new Date('2022-08-09T06:54:17Z'))).toBe('2022-08-09T14:54:17+0800')
    expect(DateFromTencentTime.encode(new Date('2022-08-09T06:54:17.250Z'))).toBe('2022-08-09T14:54:17.250+0800')
  })

  it('decodes and encodes years 0–99 as written', () => {
    const date = new Date(0)
    date.setUTCFullYear(50, 5, 30)
    date.setUTCHours(7, 29, 42, 0)
    expect(DateFromTencentTime.decode('0050-06-30T15:29:42+0800')).toStrictEqual(E.right(date))
    expect(DateFromTencentTime.encode(date)).toBe('0050-06-30T15:29:42+0800')
  })

  it('ignores XML whitespace around a time', () => {
    expect(DateFromTencentTime.decode('\n 2022-06-30T15:29:42+0800 ')).toStrictEqual(
      E.right(new Date('2022-06-30T07:29:42Z')),
    )
    expect(DateOrUnsetFromTencentTime.decode(' - ')).toStrictEqual(E.right(undefined))
  })

  it('refuses "-" and non-strings', () => {
    expect(E.isLeft(DateFromTencentTime.decode('-'))).toBe(true)
    expect(E.isLeft(DateFromTencentTime.decode(1656574182000))).toBe(true)
  })

  it('is() accepts valid Dates only', () => {
    expect(DateFromTencentTime.is(new Date(0))).toBe(true)
    expect(DateFromTencentTime.is(new Date(Number.NaN))).toBe(false)
    expect(DateFromTencentTime.is('2022-06-30T15:29:42+0800')).toBe(false)
  })
})

describe('DateOrUnsetFromTencentTime', () => {
  it('reads "-" as unset and writes it back', () => {
    expect(DateOrUnsetFromTencentTime.decode('-')).toStrictEqual(E.right(undefined))
    expect(DateOrUnsetFromTencentTime.encode(undefined)).toBe('-')
    expect(DateOrUnsetFromTencentTime.decode('2022-06-30T15:29:43+0800')).toStrictEqual(
      E.right(new Date('2022-06-30T07:29:43Z')),
    )
  })
})

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

describe('time arithmetic', () => {
  /** What the time means, computed by the Date API (setUTCFullYear reads years 0–99 as written). */
  const reference = (y: number, mo: number, d: number, h: number, mi: number, s: number): number => {
    const date = new Date(0)
    date.setUTCFullYear(y, mo - 1, d)
    date.setUTCHours(h, mi, s, 0)
    return date.getTime()
  }
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')

  it('agrees with the Date API on every valid date of years 0000-9999', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
        (date) => {
          const [y, mo, d, h, mi, s] = [
            date.getUTCFullYear(),
            date.getUTCMonth() + 1,
            date.getUTCDate(),
            date.getUTCHours(),
            date.getUTCMinutes(),
            date.getUTCSeconds(),
          ]
          const text = `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+0000`
          expect(parseTencentTime(text)?.getTime()).toBe(reference(y, mo, d, h, mi, s))
        },
      ),
      { numRuns: 5000 },
    )
  })
})
