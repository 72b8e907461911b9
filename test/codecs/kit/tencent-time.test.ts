import * as fc from 'fast-check'
import { formatTencentTime, parseTencentTime } from '../../../src/codecs/kit/tencent-time'

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

  it('answers undefined, without throwing, for a value that is not a string (untyped callers)', () => {
    for (const value of [undefined, null, 20220630, {}, [], new Date(0), Symbol('t')]) {
      expect(parseTencentTime(value as unknown as string)).toBeUndefined()
    }
  })

  it('refuses offsets whose minutes are 60 or more', () => {
    for (const text of ['2022-06-30T15:29:42+0860', '2022-06-30T15:29:42+08:60', '2022-06-30T15:29:42-0099']) {
      expect(parseTencentTime(text)).toBeUndefined()
    }
    expect(parseTencentTime('2022-06-30T15:29:42+0859')?.toISOString()).toBe('2022-06-30T06:30:42.000Z')
    expect(parseTencentTime('2022-06-30T15:29:42+1800')?.toISOString()).toBe('2022-06-29T21:29:42.000Z')
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
