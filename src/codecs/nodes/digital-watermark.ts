import * as t from 'io-ts'
import { BooleanFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const DigitalWatermarkC = partial(
  {
    /** The text embedded, exact. */
    Message: t.string,
    /** Watermark type: `Text`. */
    Type: t.string,
    /** Algorithm version: `V1`. */
    Version: t.string,
    /** Whether the job went on when embedding failed. */
    IgnoreError: BooleanFromWire,
    /** Outcome of the embedding: `Success` or `Failed` (independent of the job's `State`). */
    State: t.string,
  },
  'DigitalWatermark',
)
/**
 * `Operation.DigitalWatermark`: the invisible watermark embedded, and whether embedding worked.
 * `State` can be `Failed` while the job's own `State` is `Success` (when `IgnoreError` is true,
 * as in the SuperResolution sample): check both.
 *
 * @example
 * import { DigitalWatermark } from 'tencent-ci-callback/codecs'
 * DigitalWatermark.decode({ Message: '123456789ab', Type: 'Text', Version: 'V1', IgnoreError: 'false', State: 'Failed' })
 * // Right({ Message: '123456789ab', Type: 'Text', Version: 'V1', IgnoreError: false, State: 'Failed' })
 */
export interface DigitalWatermark extends t.TypeOf<typeof DigitalWatermarkC> {}
/** `DigitalWatermark` as it is on the wire. */
export interface DigitalWatermarkWire extends t.OutputOf<typeof DigitalWatermarkC> {}
export const DigitalWatermark: t.Type<DigitalWatermark, DigitalWatermarkWire, unknown> = DigitalWatermarkC
