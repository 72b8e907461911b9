import * as t from 'io-ts'
import { isRawTree } from '../kit/raw-tree'
import { one } from '../kit/shape'
import { DateFromTencentTime, IntegerFromWire, NumberFromWire, alias, formatTencentTime } from '../kit/scalars'

/**
 * A whole number as moderation callbacks send it: a JSON number (text like `"0"` is accepted too).
 * Unlike `IntegerFromWire` it encodes back to a JSON number, as Tencent sends it.
 *
 * @example
 * import { ModerationInteger } from 'tencent-ci-callback/codecs'
 * ModerationInteger.encode(0) // 0
 */
export const ModerationInteger: t.Type<number, number, unknown> = alias(
  'ModerationInteger',
  new t.Type<number, number, unknown>('ModerationInteger', IntegerFromWire.is, IntegerFromWire.validate, t.identity),
  'a whole number like 0',
)

/**
 * A number as moderation callbacks send it (`Score`): a JSON number, encoded back to one.
 *
 * @example
 * import { ModerationNumber } from 'tencent-ci-callback/codecs'
 * ModerationNumber.decode(87) // Right(87)
 */
export const ModerationNumber: t.Type<number, number, unknown> = alias(
  'ModerationNumber',
  new t.Type<number, number, unknown>('ModerationNumber', NumberFromWire.is, NumberFromWire.validate, t.identity),
  'a number like 87',
)

/**
 * `CosHeaders` of a moderation callback: a map from header name to value (not the Key/Value list
 * of job callbacks), e.g. `{ "x-cos-meta-id": "666666" }`.
 *
 * @example
 * import { CosHeaderMap } from 'tencent-ci-callback/codecs'
 * CosHeaderMap.is({ 'x-cos-meta-id': '666666' }) // true
 */
export const CosHeaderMap = new t.Type<Readonly<Record<string, string>>, Readonly<Record<string, string>>, unknown>(
  'CosHeaderMap',
  (u): u is Readonly<Record<string, string>> => isRawTree(u) && Object.values(u).every((v) => typeof v === 'string'),
  (u, c) => {
    if (!isRawTree(u)) return t.failure(u, c)
    const out: Record<string, string> = {}
    for (const [key, value] of Object.entries(u)) {
      // Each header is one value: a list of one is its item, as for every single field.
      const header = one(value)
      if (typeof header !== 'string') return t.failure(value, t.appendContext(c, key, t.string, value))
      out[key] = header
    }
    return t.success(out)
  },
  t.identity,
)
export type CosHeaderMap = t.TypeOf<typeof CosHeaderMap>

/**
 * A moderation time (`2021-08-10T21:01:10+08:00`, RFC 3339) ↔ `Date`. Any Tencent time form is
 * read; it encodes back in the moderation form, Beijing time with a colon in the offset.
 *
 * @example
 * import { ModerationTime } from 'tencent-ci-callback/codecs'
 * ModerationTime.encode(new Date('2021-08-10T13:01:10Z')) // '2021-08-10T21:01:10+08:00'
 */
export const ModerationTime: t.Type<Date, string, unknown> = alias(
  'ModerationTime',
  new t.Type<Date, string, unknown>('ModerationTime', DateFromTencentTime.is, DateFromTencentTime.validate, (d) =>
    formatTencentTime(d).replace(/\+0800$/, '+08:00'),
  ),
)
