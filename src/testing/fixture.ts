import { encodeCallback, type BodyFormat, type CiCallback } from 'tencent-ci-callback'

/**
 * A callback built for a test: the typed value, and the body Tencent would send for it.
 * `parseCallback(fixture.body(format))` decodes to a value deep-equal to `fixture.value`.
 * `F` is the formats Tencent sends this callback in: both for job and workflow callbacks, JSON
 * only for moderation (`body('xml')` does not type-check there).
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * import { smartCoverCallback } from 'tencent-ci-callback/testing'
 * const { value, body } = smartCoverCallback()
 * parseCallback(body('xml'), 'application/xml') // Right(value)
 */
export interface Fixture<A extends CiCallback, F extends BodyFormat = BodyFormat> {
  /** The callback as `parseCallback` returns it. */
  readonly value: A
  /** The wire body for `value`, as XML (with a `<Response>` root) or Tencent-style JSON. */
  readonly body: (format: F) => string
}

/**
 * Pairs a value with its encoder, in both formats.
 *
 * @example
 * import { fixture } from 'tencent-ci-callback/testing'
 * const f = fixture({ EventName: 'TaskFinish', JobsDetail: [] })
 * JSON.parse(f.body('json')).EventName // 'TaskFinish'
 */
export const fixture = <A extends CiCallback>(value: A): Fixture<A> => ({
  value,
  body: (format) => encodeCallback(value, format),
})

/**
 * Pairs a value with its JSON encoder only: for callbacks Tencent sends only as JSON (moderation).
 *
 * @example
 * import { jsonFixture, moderationDetailCallback } from 'tencent-ci-callback/testing'
 * const f = jsonFixture(moderationDetailCallback().value)
 * f.body('json') // and f.body('xml') is a type error
 */
export const jsonFixture = <A extends CiCallback>(value: A): Fixture<A, 'json'> => ({
  value,
  body: (format) => encodeCallback(value, format),
})
