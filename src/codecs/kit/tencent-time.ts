/*
 * Tencent's time strings, read and written: the wire rule (`parseTencentTime`) and its inverse
 * (`formatTencentTime`) side by side. Parsed explicitly, never by `Date.parse`.
 */

const TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/

/** The zone's offset in minutes, or `undefined` when it is impossible (minutes past 59, hours past 18). */
const offsetMinutes = (zone: string): number | undefined => {
  if (zone === 'Z') return 0
  const digits = zone.replace(':', '')
  const sign = digits.startsWith('-') ? -1 : 1
  const hours = Number(digits.slice(1, 3))
  const minutes = Number(digits.slice(3, 5))
  if (minutes > 59 || hours * 60 + minutes > 18 * 60) return undefined
  return sign * (hours * 60 + minutes)
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

const daysInMonth = (year: number, month: number): number =>
  month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : (DAYS[month - 1] ?? 0)

/**
 * Days from 1970-01-01 to a date of the proleptic Gregorian calendar, by arithmetic (Howard
 * Hinnant's `days_from_civil`): no call into `Date.UTC`, which also reads years 0–99 as 1900–1999.
 */
const daysFromCivil = (year: number, month: number, day: number): number => {
  const y = month <= 2 ? year - 1 : year
  const era = Math.floor(y / 400)
  const yearOfEra = y - era * 400
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear
  return era * 146_097 + dayOfEra - 719_468
}

/** Milliseconds since the epoch of a UTC date and time, the year as written (0–9999). */
const utcTime = (year: number, month: number, day: number, h: number, mi: number, s: number, ms: number): number =>
  ((daysFromCivil(year, month, day) * 24 + h) * 60 + mi) * 60_000 + s * 1000 + ms

/**
 * Parses Tencent's time forms explicitly; `undefined` for anything else (including impossible
 * dates, and a value that is not a string, from untyped code).
 *
 * @example
 * import { parseTencentTime } from 'tencent-ci-callback'
 * parseTencentTime('2022-08-09 14:54:17+0800')?.toISOString() // '2022-08-09T06:54:17.000Z'
 */
export const parseTencentTime = (s: string): Date | undefined => {
  if (typeof s !== 'string') return undefined
  const fast = commonForm(s)
  if (fast !== undefined) return fast === null ? undefined : fast
  const m = TIME.exec(s)
  if (m === null) return undefined
  const [, y = '', mo = '', d = '', h = '', mi = '', sec = '', frac = '', zone = 'Z'] = m
  return build(
    Number(y),
    Number(mo),
    Number(d),
    Number(h),
    Number(mi),
    Number(sec),
    Number(frac.padEnd(3, '0').slice(0, 3)),
    offsetMinutes(zone),
  )
}

/** The time, or `undefined` when any part is impossible. */
const build = (
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  ms: number,
  offset: number | undefined,
): Date | undefined => {
  if (offset === undefined || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
    return undefined
  }
  if (day > daysInMonth(year, month)) return undefined
  return new Date(utcTime(year, month, day, hour, minute, second, ms) - offset * 60_000)
}

/** The number written by the `n` ASCII digits at `at`, or -1 if any is not a digit. */
const digitsAt = (s: string, at: number, n: number): number => {
  let value = 0
  for (let k = at; k < at + n; k++) {
    const d = s.charCodeAt(k) - 0x30
    if (d < 0 || d > 9) return -1
    value = value * 10 + d
  }
  return value
}

/**
 * The common form `2022-06-30T15:29:42+0800` (or with a space), read without a regular expression:
 * a `Date`, `null` when it has that form but is impossible, `undefined` when it has another form.
 */
const commonForm = (s: string): Date | null | undefined => {
  if (s.length !== 24) return undefined
  const t = s.charCodeAt(10)
  const sign = s.charCodeAt(19)
  if (
    s.charCodeAt(4) !== 0x2d ||
    s.charCodeAt(7) !== 0x2d ||
    (t !== 0x54 && t !== 0x20) ||
    s.charCodeAt(13) !== 0x3a ||
    s.charCodeAt(16) !== 0x3a ||
    (sign !== 0x2b && sign !== 0x2d)
  ) {
    return undefined
  }
  const year = digitsAt(s, 0, 4)
  const month = digitsAt(s, 5, 2)
  const day = digitsAt(s, 8, 2)
  const hour = digitsAt(s, 11, 2)
  const minute = digitsAt(s, 14, 2)
  const second = digitsAt(s, 17, 2)
  const zoneHours = digitsAt(s, 20, 2)
  const zoneMinutes = digitsAt(s, 22, 2)
  // A -1 (not a digit) anywhere makes the minimum negative.
  if (Math.min(year, month, day, hour, minute, second, zoneHours, zoneMinutes) < 0) return undefined
  const offset =
    zoneMinutes > 59 || zoneHours * 60 + zoneMinutes > 18 * 60
      ? undefined
      : (sign === 0x2d ? -1 : 1) * (zoneHours * 60 + zoneMinutes)
  return build(year, month, day, hour, minute, second, 0, offset) ?? null
}

const BEIJING_OFFSET_MS = 8 * 60 * 60_000
const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/**
 * Formats a `Date` the way Tencent's job callbacks do: Beijing time, `2022-06-30T15:29:42+0800`.
 *
 * @example
 * import { formatTencentTime } from 'tencent-ci-callback'
 * formatTencentTime(new Date('2022-06-30T07:29:42Z')) // '2022-06-30T15:29:42+0800'
 */
export const formatTencentTime = (date: Date): string => {
  const b = new Date(date.getTime() + BEIJING_OFFSET_MS)
  const ms = b.getUTCMilliseconds()
  return (
    `${pad(b.getUTCFullYear(), 4)}-${pad(b.getUTCMonth() + 1)}-${pad(b.getUTCDate())}` +
    `T${pad(b.getUTCHours())}:${pad(b.getUTCMinutes())}:${pad(b.getUTCSeconds())}` +
    `${ms === 0 ? '' : `.${pad(ms, 3)}`}+0800`
  )
}
