import * as t from 'io-ts'
import { stripXmlSpace } from '../../normalise/blank'
import { renderValue } from '../../render-value'
import { describe, descriptionOf } from './describe'
import { NO, withFastPath } from './fast-path'
import { issueSentence } from '../../errors'

const expectation =
  (expected: string) =>
  (u: unknown): string =>
    issueSentence(expected, renderValue(u))

/**
 * Gives a codec its own runtime name, so hovers and errors say `UserData`, not `string`.
 *
 * @example
 * import * as t from 'io-ts'
 * import { alias } from 'tencent-ci-callback/codecs'
 * const QueueId = alias('QueueId', t.string)
 */
export const alias = <A, O>(name: string, codec: t.Type<A, O, unknown>, expected?: string): t.Type<A, O, unknown> => {
  const named = new t.Type<A, O, unknown>(name, codec.is, codec.validate, codec.encode)
  const description = expected ?? descriptionOf(codec)
  return description === undefined ? named : describe(named, description)
}

/**
 * A scalar codec from one reader, which is both its fast check and, through it, its `validate`: the
 * decoding rule is written once. A value the reader refuses fails with "Expected …, received …".
 */
const scalar = <A, O>(
  name: string,
  is: t.Is<A>,
  read: (u: unknown) => A | typeof NO,
  encode: t.Encode<A, O>,
  expected: string,
): t.Type<A, O, unknown> => {
  const validate: t.Validate<unknown, A> = (u, c) => {
    const value = read(u)
    return value === NO ? t.failure(u, c, expectation(expected)(u)) : t.success(value)
  }
  return withFastPath(describe(new t.Type<A, O, unknown>(name, is, validate, encode), expected), read)
}

// --- Times -----------------------------------------------------------------------------------

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
 * Parses Tencent's time forms explicitly; `undefined` for anything else (including impossible dates).
 *
 * @example
 * import { parseTencentTime } from 'tencent-ci-callback'
 * parseTencentTime('2022-08-09 14:54:17+0800')?.toISOString() // '2022-08-09T06:54:17.000Z'
 */
export const parseTencentTime = (s: string): Date | undefined => {
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

const TIME_EXPECTED = 'a time like 2022-06-30T15:29:42+0800'

/**
 * A Tencent time string as a `Date`: `2022-06-30T15:29:42+0800`, `2022-08-09 14:54:17+0800`,
 * `2021-08-10T21:01:10+08:00` (fractions of a second and `Z` too). Parsed explicitly, never
 * by `Date.parse`. Encodes as Beijing time in the job-callback form.
 *
 * @example
 * import { DateFromTencentTime } from 'tencent-ci-callback/codecs'
 * DateFromTencentTime.decode('2022-06-30T15:29:42+0800') // Right(2022-06-30T07:29:42.000Z)
 */
export const DateFromTencentTime = scalar<Date, string>(
  'DateFromTencentTime',
  (u): u is Date => u instanceof Date && !Number.isNaN(u.getTime()),
  (u) => (typeof u === 'string' ? (parseTencentTime(stripXmlSpace(u)) ?? NO) : NO),
  formatTencentTime,
  TIME_EXPECTED,
)
/** The static type of the `DateFromTencentTime` codec. */
export type DateFromTencentTime = t.TypeOf<typeof DateFromTencentTime>

/**
 * A time that may be unset: Tencent writes `-` for a job that has not started or ended;
 * that decodes to `undefined` (and encodes back to `-`).
 *
 * @example
 * import { DateOrUnsetFromTencentTime } from 'tencent-ci-callback/codecs'
 * DateOrUnsetFromTencentTime.decode('-') // Right(undefined)
 */
export const DateOrUnsetFromTencentTime = scalar<Date | undefined, string>(
  'DateOrUnsetFromTencentTime',
  (u): u is Date | undefined => u === undefined || DateFromTencentTime.is(u),
  (u) => {
    if (typeof u !== 'string') return NO
    const text = stripXmlSpace(u)
    return text === '-' ? undefined : (parseTencentTime(text) ?? NO)
  },
  (a) => (a === undefined ? '-' : DateFromTencentTime.encode(a)),
  `${TIME_EXPECTED} or "-"`,
)
/** The static type of the `DateOrUnsetFromTencentTime` codec. */
export type DateOrUnsetFromTencentTime = t.TypeOf<typeof DateOrUnsetFromTencentTime>

// --- Numbers and booleans --------------------------------------------------------------------

/** Decimal text: sign, digits with an optional point, optional exponent. Groups: sign, whole, fraction, exponent. */
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/

/** The parts of decimal text, or `undefined` if it is not decimal text (hex, `Infinity`, blank…). */
const decimalParts = (s: string): { readonly digits: string; readonly point: number } | undefined => {
  const m = DECIMAL.exec(s)
  if (m === null) return undefined
  const [, , whole = '', fraction = '', exponent = '0'] = m
  if (whole === '' && fraction === '') return undefined
  return { digits: whole + fraction, point: whole.length + Number(exponent) }
}

const hasNonZero = (digits: string): boolean => /[1-9]/.test(digits)

/** Why a value read as a number is refused, past "it is not a number at all". */
type NumberProblem = 'overflow' | 'underflow' | 'fraction' | 'unsafe'

const PROBLEM_TEXT: Readonly<Record<NumberProblem, string>> = {
  overflow: 'is too large for a JavaScript number',
  underflow: 'is too small for a JavaScript number (it would be read as 0)',
  fraction: 'is not a whole number',
  unsafe: `is outside the safe integer range (±${Number.MAX_SAFE_INTEGER}), so a JavaScript number cannot hold it exactly`,
}

/**
 * Up to 15 ASCII digits (with one inner point when `whole` is false): the common case, read by
 * `Number` with no regular expression. Fifteen digits are below 2^53, so the value is exact, safe
 * and finite, and 0 only when every digit is 0: none of `readNumber`'s refusals can apply.
 * `undefined` for anything else, which `readNumber` then reads the long way.
 */
const plainNumber = (s: string, whole: boolean): number | undefined => {
  const n = s.length
  if (n === 0 || n > 15) return undefined
  let point = false
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(k)
    if (c >= 0x30 && c <= 0x39) continue
    if (c !== 0x2e || whole || point || k === 0 || k === n - 1) return undefined
    point = true
  }
  return Number(s)
}

/**
 * Reads a number sent as text (XML whitespace around it ignored) or as a JSON number, the same way
 * for both: `5.0` and `"5.0"` agree. Returns the number, a problem, or `undefined` for "not a number".
 */
const readNumber = (u: unknown, whole: boolean): number | NumberProblem | undefined => {
  let n: number
  if (typeof u === 'number') {
    if (!Number.isFinite(u)) return 'overflow'
    n = u
    if (whole && !Number.isInteger(n)) return 'fraction'
  } else if (typeof u === 'string') {
    const plain = plainNumber(u, whole)
    if (plain !== undefined) return plain
    const text = stripXmlSpace(u)
    const parts = decimalParts(text)
    if (parts === undefined) return undefined
    n = Number(text)
    if (!Number.isFinite(n)) return 'overflow'
    if (n === 0 && hasNonZero(parts.digits)) return 'underflow'
    if (whole && hasNonZero(parts.digits.slice(Math.max(parts.point, 0)))) return 'fraction'
  } else return undefined
  return whole && !Number.isSafeInteger(n) ? 'unsafe' : n
}

/** A number codec over `readNumber`; encodes as text. */
const numeric = (name: string, whole: boolean, expected: string): t.Type<number, string, unknown> =>
  withFastPath(
    describe(
      new t.Type<number, string, unknown>(
        name,
        (u): u is number => typeof u === 'number' && (whole ? Number.isSafeInteger(u) : Number.isFinite(u)),
        (u, c) => {
          const n = readNumber(u, whole)
          if (typeof n === 'number') return t.success(n)
          const received = renderValue(u)
          return t.failure(
            u,
            c,
            n === undefined || n === 'fraction'
              ? issueSentence(expected, received)
              : issueSentence(expected, received, `the value ${PROBLEM_TEXT[n]}`),
          )
        },
        (n) => String(n),
      ),
      expected,
    ),
    (u) => {
      const n = readNumber(u, whole)
      return typeof n === 'number' ? n : NO
    },
  )

/**
 * A decimal number sent as text (`"13.653"`, `"100"`, XML whitespace around it ignored), or as a
 * JSON number (Tencent's stray `"JobLevel": 0`). Hex, `Infinity`, blanks, and values too large or
 * too small for a JavaScript number are refused. Encodes as text.
 *
 * @example
 * import { NumberFromWire } from 'tencent-ci-callback/codecs'
 * NumberFromWire.decode('70.413000') // Right(70.413)
 */
export const NumberFromWire = numeric('NumberFromWire', false, 'a number like "830.482"')
/** The static type of the `NumberFromWire` codec. */
export type NumberFromWire = t.TypeOf<typeof NumberFromWire>

/**
 * A whole number sent as text (`"5"`, `"007"`, `"5.0"`, XML whitespace around it ignored) or as a
 * JSON number with no fraction (`5`, `5.0`): text and JSON agree. A value outside the safe integer
 * range (±2^53 − 1) is refused with a message saying so. Encodes as text.
 *
 * @example
 * import { IntegerFromWire } from 'tencent-ci-callback/codecs'
 * IntegerFromWire.decode('1280') // Right(1280)
 */
export const IntegerFromWire = numeric('IntegerFromWire', true, 'a whole number like "5"')
/** The static type of the `IntegerFromWire` codec. */
export type IntegerFromWire = t.TypeOf<typeof IntegerFromWire>

const BOOLEAN_EXPECTED = '"true" or "false"'

/**
 * `true` / `false` sent as text (any letter case, XML whitespace around it ignored) or as a JSON
 * boolean. Encodes as text.
 *
 * @example
 * import { BooleanFromWire } from 'tencent-ci-callback/codecs'
 * BooleanFromWire.decode('false') // Right(false)
 */
export const BooleanFromWire = scalar<boolean, string>(
  'BooleanFromWire',
  (u): u is boolean => typeof u === 'boolean',
  (u) => {
    if (typeof u === 'boolean') return u
    const s = typeof u === 'string' ? stripXmlSpace(u).toLowerCase() : undefined
    return s === 'true' ? true : s === 'false' ? false : NO
  },
  (b) => (b ? 'true' : 'false'),
  BOOLEAN_EXPECTED,
)
/** The static type of the `BooleanFromWire` codec. */
export type BooleanFromWire = t.TypeOf<typeof BooleanFromWire>
