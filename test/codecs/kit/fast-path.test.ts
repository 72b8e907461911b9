import * as E from 'fp-ts/lib/Either.js'
import * as fc from 'fast-check'
import * as t from 'io-ts'
import { fastCheckOf, NO } from '../../../src/codecs/kit/fast-path'
import { JobState } from '../../../src/codecs/job/job-base'
import { ModerationInteger, ModerationNumber, ModerationTime } from '../../../src/codecs/moderation/numbers'
import {
  BooleanFromWire,
  DateFromTencentTime,
  DateOrUnsetFromTencentTime,
  IntegerFromWire,
  NumberFromWire,
} from '../../../src/codecs/kit/scalars'

/** Values a field can hold on the wire, leaning on the near misses each scalar has to tell apart. */
const wireValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything(),
  fc.double(),
  fc.integer(),
  fc.constantFrom('', ' ', '-', ' - ', 'true', 'FALSE', ' true\n', 'yes', '1', '0', '007', '5.0', '5.', '.5', '1e3'),
  fc.constantFrom(
    '0x10',
    'Infinity',
    'NaN',
    '1e400',
    '1e-400',
    '9007199254740993',
    '123456789012345',
    '1234567890123456',
  ),
  fc.constantFrom('0.000', '00.5', '+5', '-5', ' 5 ', '5 ', '1.2.3', '\u00a05'),
  fc.stringMatching(/^[0-9]{1,17}(\.[0-9]{0,4})?$/),
  fc.constantFrom('2022-06-30T15:29:42+0800', '2022-08-09 14:54:17+0800', '2021-08-10T21:01:10+08:00'),
  fc.constantFrom('2022-02-30T15:29:42+0800', '0099-01-01T00:00:00Z', ' 2022-06-30T15:29:42+0800 ', '2022-06-30'),
  fc
    .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T23:59:59+0800`,
    ),
  fc.constantFrom('Success', 'Failed', 'Other'),
  fc.array(fc.constantFrom('1', '2.5', 'x', '', 7)),
)

const codecs: ReadonlyArray<readonly [string, t.Mixed]> = [
  ['DateFromTencentTime', DateFromTencentTime],
  ['DateOrUnsetFromTencentTime', DateOrUnsetFromTencentTime],
  ['NumberFromWire', NumberFromWire],
  ['IntegerFromWire', IntegerFromWire],
  ['BooleanFromWire', BooleanFromWire],
  ['ModerationInteger', ModerationInteger],
  ['ModerationNumber', ModerationNumber],
  ['ModerationTime', ModerationTime],
  ['JobState (an alias of t.string)', JobState],
  ['t.string', t.string],
  ['t.literal', t.literal('Success')],
  ['t.keyof', t.keyof({ Success: null, Failed: null })],
  ['t.array of numbers', t.array(NumberFromWire)],
  ['t.array of strings', t.array(t.string)],
  ['t.array of a codec without a fast check', t.array(t.type({ A: t.string }))],
]

const same = (a: unknown, b: unknown): boolean =>
  a instanceof Date && b instanceof Date
    ? a.getTime() === b.getTime()
    : Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b)

describe('fast checks', () => {
  it.each(codecs)('%s: has one', (_, codec) => {
    expect(fastCheckOf(codec)).toBeDefined()
  })

  it.each(codecs)('%s: accepts exactly what validate accepts, with the same value', (_, codec) => {
    const check = fastCheckOf(codec)
    if (check === undefined) throw new Error('no fast check')
    fc.assert(
      fc.property(wireValue, (u) => {
        const slow = codec.decode(u)
        const fast = check(u)
        if (E.isLeft(slow)) expect(fast).toBe(NO)
        else {
          expect(fast).not.toBe(NO)
          expect(same(fast, slow.right)).toBe(true)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('returns a list unchanged when no item changed, and a copy otherwise', () => {
    const strings = fastCheckOf(t.array(t.string))
    const numbers = fastCheckOf(t.array(NumberFromWire))
    const list = ['1', '2']
    expect(strings?.(list)).toBe(list)
    expect(numbers?.(list)).toStrictEqual([1, 2])
    expect(list).toStrictEqual(['1', '2'])
  })

  it('is absent for a codec that has none', () => {
    expect(fastCheckOf(t.type({ A: t.string }))).toBeUndefined()
    expect(fastCheckOf(t.union([t.string, t.number]))).toBeUndefined()
  })
})
