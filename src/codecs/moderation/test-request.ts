import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { isRawTree } from '../kit/raw-tree'
import { ModerationInteger } from './numbers'
import { simpleDataProps } from './simple'
import { fastStruct } from '../kit/fast-struct'
import { partial } from '../kit/partial'
import type { Graded } from '../../graded/dropped'
import type { Delivered } from '../../delivery/delivery'

/** The `message` of the request Tencent sends when a moderation callback URL is saved. */
export const TEST_REQUEST_MESSAGE = 'Test request when setting callback url'

/** True when `message` is the test request's (compared without case or surrounding spaces). */
export const isTestRequestMessage = (message: unknown): boolean =>
  typeof message === 'string' && message.trim().toLowerCase() === TEST_REQUEST_MESSAGE.toLowerCase()

const inner = fastStruct(
  'ModerationTestRequest',
  {
    /** `0`. */
    code: ModerationInteger,
    /** `Test request when setting callback url`. */
    message: t.string,
  },
  {
    /** Placeholder values (`trace_id: "test_trace_id"`); `event` may be absent. */
    data: partial({ ...simpleDataProps, event: t.string }),
  },
)

/**
 * The test request Tencent posts when a content-moderation callback URL is saved in the console:
 * a Simple body whose `message` is `Test request when setting callback url`, with placeholder data.
 * Answer it with a 200 and do nothing else. `EventName: 'TestRequest'` is added by the decoder
 * (the body has none) and left out again on encode.
 *
 * @example
 * import type { CiCallback } from 'tencent-ci-callback'
 * const isPing = (cb: CiCallback) => cb.EventName === 'TestRequest'
 */
export interface ModerationTestRequest extends t.TypeOf<typeof inner>, Graded, Delivered {
  /** Always `'TestRequest'` (added by the decoder, not on the wire). */
  readonly EventName: 'TestRequest'
}
/** `ModerationTestRequest` as it is on the wire. */
export interface ModerationTestRequestWire extends t.OutputOf<typeof inner> {}

export const ModerationTestRequest: t.Type<ModerationTestRequest, ModerationTestRequestWire, unknown> = new t.Type<
  ModerationTestRequest,
  ModerationTestRequestWire,
  unknown
>(
  'ModerationTestRequest',
  (u): u is ModerationTestRequest => isRawTree(u) && u['EventName'] === 'TestRequest' && inner.is(u),
  (u, c) => E.map((v: t.TypeOf<typeof inner>) => ({ EventName: 'TestRequest' as const, ...v }))(inner.validate(u, c)),
  ({ EventName: _name, ...value }) => inner.encode(value),
)
