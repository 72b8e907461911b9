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
} from '../../src/codecs/scalars'

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

  it('does not lean on Date.parse: equal to an explicit UTC computation for any valid time', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
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

  it.each(['0x10', '', ' 5', '5 ', 'NaN', 'Infinity', '1,000', '50/1', '1e999'])('refuses %j', (text) => {
    expect(E.isLeft(NumberFromWire.decode(text))).toBe(true)
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

  it.each(['1.5', '1.0', '1e3', '0x10', '', '9007199254740993', 2.5])('refuses %j', (u) => {
    expect(E.isLeft(IntegerFromWire.decode(u))).toBe(true)
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

  it.each(['0', '1', 'yes', '', 'false '])('refuses %j', (u) => {
    expect(E.isLeft(BooleanFromWire.decode(u))).toBe(true)
  })
})
