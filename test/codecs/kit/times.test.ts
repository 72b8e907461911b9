import * as E from 'fp-ts/lib/Either.js'
import { DateFromTencentTime, DateOrUnsetFromTencentTime } from '../../../src/codecs/kit/times'

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
