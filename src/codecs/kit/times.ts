/* The codecs of Tencent's times, over `parseTencentTime` and `formatTencentTime`. */

import type * as t from 'io-ts'
import { stripXmlSpace } from '../../normalise/blank'
import { NO } from './fast-path'
import { scalar } from './scalar-codec'
import { formatTencentTime, parseTencentTime } from './tencent-time'

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
