import { DEFAULT_ZONE, formatInZone, withZonedTimes, zonesIn } from '../../src/cli/times'

describe('times in the zone the body wrote them in', () => {
  it('finds the zone of every time form Tencent writes', () => {
    const zones = zonesIn(
      '<A>2022-06-30T15:29:42+0800</A> "2022-08-09 14:54:17+0800" 2021-08-10T21:01:10+08:00 2020-01-01T00:00:00.5Z 2020-01-01T00:00:00-0330',
    )
    expect([...zones]).toEqual([
      [Date.parse('2022-06-30T07:29:42Z'), '+08:00'],
      [Date.parse('2022-08-09T06:54:17Z'), '+08:00'],
      [Date.parse('2021-08-10T13:01:10Z'), '+08:00'],
      [Date.parse('2020-01-01T00:00:00.500Z'), 'Z'],
      [Date.parse('2020-01-01T03:30:00Z'), '-03:30'],
    ])
  })

  it('ignores text that only looks like a time', () => {
    expect(zonesIn('2022-13-40T25:61:00+0800 and 2022-06-30T15:29:42').size).toBe(0)
  })

  it('formats an instant in a zone, milliseconds only when there are some', () => {
    const instant = new Date('2022-06-30T07:29:42Z')
    expect(formatInZone(instant, '+08:00')).toBe('2022-06-30T15:29:42+08:00')
    expect(formatInZone(new Date('2022-06-30T23:59:59.007Z'), '+08:00')).toBe('2022-07-01T07:59:59.007+08:00')
    expect(formatInZone(instant, '-03:30')).toBe('2022-06-30T03:59:42-03:30')
    expect(formatInZone(instant, 'Z')).toBe('2022-06-30T07:29:42Z')
  })

  it('replaces every Date in a value, Beijing time when the body did not show the time', () => {
    const created = new Date('2022-06-30T07:29:42Z')
    const other = new Date('2023-01-01T00:00:00Z')
    const value = { a: [created, { b: other }], c: 'text', d: 1, e: null }
    expect(DEFAULT_ZONE).toBe('+08:00')
    expect(withZonedTimes(value, zonesIn('2022-06-30T07:29:42Z'))).toEqual({
      a: ['2022-06-30T07:29:42Z', { b: '2023-01-01T08:00:00+08:00' }],
      c: 'text',
      d: 1,
      e: null,
    })
  })
})
