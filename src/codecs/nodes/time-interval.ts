import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const TimeIntervalC = partial(
  {
    /** Start offset in the input, seconds. */
    Start: NumberFromWire,
    /** Length processed, seconds (absent: to the end). */
    Duration: NumberFromWire,
  },
  'TimeInterval',
)
/**
 * `TimeInterval`: the part of the input that was processed.
 *
 * @example
 * import { TimeInterval } from 'tencent-ci-callback/codecs'
 * TimeInterval.decode({ Start: '0', Duration: '60' }) // Right({ Start: 0, Duration: 60 })
 */
export interface TimeInterval extends t.TypeOf<typeof TimeIntervalC> {}
/** `TimeInterval` as it is on the wire. */
export interface TimeIntervalWire extends t.OutputOf<typeof TimeIntervalC> {}
export const TimeInterval: t.Type<TimeInterval, TimeIntervalWire, unknown> = TimeIntervalC
