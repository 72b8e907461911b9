import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

/**
 * `TimeInterval`: the part of the input that was processed.
 *
 * @example
 * import { TimeInterval } from 'tencent-ci-callback/codecs'
 * TimeInterval.decode({ Start: '0', Duration: '60' }) // Right({ Start: 0, Duration: 60 })
 */
export const TimeInterval = partial(
  {
    /** Start offset in the input, seconds. */
    Start: NumberFromWire,
    /** Length processed, seconds (absent: to the end). */
    Duration: NumberFromWire,
  },
  'TimeInterval',
)
/** The static type of the `TimeInterval` codec. */
export type TimeInterval = t.TypeOf<typeof TimeInterval>
