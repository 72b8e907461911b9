import * as t from 'io-ts'
import { renderValue } from '../render-value'
import { describe, descriptionOf } from './describe'

const expectation =
  (expected: string) =>
  (u: unknown): string =>
    `Expected ${expected}, received ${renderValue(u)}`

/**
 * Gives a codec its own runtime name, so hovers and errors say `UserData`, not `string`.
 *
 * @example
 * import * as t from 'io-ts'
 * import { alias } from 'tencent-ci-callback'
 * const QueueId = alias('QueueId', t.string)
 */
export const alias = <A, O>(name: string, codec: t.Type<A, O, unknown>, expected?: string): t.Type<A, O, unknown> => {
  const named = new t.Type<A, O, unknown>(name, codec.is, codec.validate, codec.encode)
  const description = expected ?? descriptionOf(codec)
  return description === undefined ? named : describe(named, description)
}

// --- Times -----------------------------------------------------------------------------------

const TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$/

const offsetMinutes = (zone: string): number => {
  if (zone === 'Z') return 0
  const digits = zone.replace(':', '')
  const sign = digits.startsWith('-') ? -1 : 1
  return sign * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)))
}

/**
 * Parses Tencent's time forms explicitly; `undefined` for anything else (including impossible dates).
 *
 * @example
 * import { parseTencentTime } from 'tencent-ci-callback'
 * parseTencentTime('2022-08-09 14:54:17+0800')?.toISOString() // '2022-08-09T06:54:17.000Z'
 */
export const parseTencentTime = (s: string): Date | undefined => {
  const m = TIME.exec(s)
  if (m === null) return undefined
  const [, y = '', mo = '', d = '', h = '', mi = '', sec = '', frac = '', zone = 'Z'] = m
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(sec)
  const offset = offsetMinutes(zone)
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59 || Math.abs(offset) > 18 * 60) {
    return undefined
  }
  const local = Date.UTC(year, month - 1, day, hour, minute, second, Number(frac.padEnd(3, '0').slice(0, 3)))
  const check = new Date(local)
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return undefined
  return new Date(local - offset * 60_000)
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
 * import { DateFromTencentTime } from 'tencent-ci-callback'
 * DateFromTencentTime.decode('2022-06-30T15:29:42+0800') // Right(2022-06-30T07:29:42.000Z)
 */
export const DateFromTencentTime = describe(
  new t.Type<Date, string, unknown>(
    'DateFromTencentTime',
    (u): u is Date => u instanceof Date && !Number.isNaN(u.getTime()),
    (u, c) => {
      const date = typeof u === 'string' ? parseTencentTime(u) : undefined
      return date === undefined ? t.failure(u, c, expectation(TIME_EXPECTED)(u)) : t.success(date)
    },
    formatTencentTime,
  ),
  TIME_EXPECTED,
)
/** The static type of the `DateFromTencentTime` codec. */
export type DateFromTencentTime = t.TypeOf<typeof DateFromTencentTime>

/**
 * A time that may be unset: Tencent writes `-` for a job that has not started or ended;
 * that decodes to `undefined` (and encodes back to `-`).
 *
 * @example
 * import { DateOrUnsetFromTencentTime } from 'tencent-ci-callback'
 * DateOrUnsetFromTencentTime.decode('-') // Right(undefined)
 */
export const DateOrUnsetFromTencentTime = describe(
  new t.Type<Date | undefined, string, unknown>(
    'DateOrUnsetFromTencentTime',
    (u): u is Date | undefined => u === undefined || DateFromTencentTime.is(u),
    (u, c) => {
      if (u === '-') return t.success(undefined)
      const date = typeof u === 'string' ? parseTencentTime(u) : undefined
      return date === undefined ? t.failure(u, c, expectation(`${TIME_EXPECTED} or "-"`)(u)) : t.success(date)
    },
    (a) => (a === undefined ? '-' : DateFromTencentTime.encode(a)),
  ),
  `${TIME_EXPECTED} or "-"`,
)
/** The static type of the `DateOrUnsetFromTencentTime` codec. */
export type DateOrUnsetFromTencentTime = t.TypeOf<typeof DateOrUnsetFromTencentTime>

// --- Numbers and booleans --------------------------------------------------------------------

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/
const INTEGER = /^[+-]?\d+$/

/** A number codec: text matching `pattern` (or a JSON number) that `accept` holds for; encodes as text. */
const numeric = (
  name: string,
  pattern: RegExp,
  accept: (n: number) => boolean,
  expected: string,
): t.Type<number, string, unknown> =>
  describe(
    new t.Type<number, string, unknown>(
      name,
      (u): u is number => typeof u === 'number' && accept(u),
      (u, c) => {
        const n = typeof u === 'number' ? u : typeof u === 'string' && pattern.test(u) ? Number(u) : Number.NaN
        return accept(n) ? t.success(n) : t.failure(u, c, expectation(expected)(u))
      },
      (n) => String(n),
    ),
    expected,
  )

/**
 * A decimal number sent as text (`"13.653"`, `"100"`), or as a JSON number (Tencent's stray
 * `"JobLevel": 0`). Hex, `Infinity` and blanks are refused. Encodes as text.
 *
 * @example
 * import { NumberFromWire } from 'tencent-ci-callback'
 * NumberFromWire.decode('70.413000') // Right(70.413)
 */
export const NumberFromWire = numeric('NumberFromWire', DECIMAL, Number.isFinite, 'a number like "830.482"')
/** The static type of the `NumberFromWire` codec. */
export type NumberFromWire = t.TypeOf<typeof NumberFromWire>

/**
 * A whole number sent as text (`"5"`, `"007"`) or as a JSON integer. Encodes as text.
 *
 * @example
 * import { IntegerFromWire } from 'tencent-ci-callback'
 * IntegerFromWire.decode('1280') // Right(1280)
 */
export const IntegerFromWire = numeric('IntegerFromWire', INTEGER, Number.isSafeInteger, 'a whole number like "5"')
/** The static type of the `IntegerFromWire` codec. */
export type IntegerFromWire = t.TypeOf<typeof IntegerFromWire>

const BOOLEAN_EXPECTED = '"true" or "false"'

/**
 * `true` / `false` sent as text (any letter case) or as a JSON boolean. Encodes as text.
 *
 * @example
 * import { BooleanFromWire } from 'tencent-ci-callback'
 * BooleanFromWire.decode('false') // Right(false)
 */
export const BooleanFromWire = describe(
  new t.Type<boolean, string, unknown>(
    'BooleanFromWire',
    (u): u is boolean => typeof u === 'boolean',
    (u, c) => {
      if (typeof u === 'boolean') return t.success(u)
      const s = typeof u === 'string' ? u.toLowerCase() : undefined
      return s === 'true'
        ? t.success(true)
        : s === 'false'
          ? t.success(false)
          : t.failure(u, c, expectation(BOOLEAN_EXPECTED)(u))
    },
    (b) => (b ? 'true' : 'false'),
  ),
  BOOLEAN_EXPECTED,
)
/** The static type of the `BooleanFromWire` codec. */
export type BooleanFromWire = t.TypeOf<typeof BooleanFromWire>
