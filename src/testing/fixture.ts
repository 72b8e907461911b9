import type { CiCallback } from '../codecs/callback'
import { encodeCallback } from '../encode/encode-callback'
import type { BodyFormat } from '../errors'

/**
 * A callback built for a test: the typed value, and the body Tencent would send for it.
 * `parseCallback(fixture.body('xml'))` decodes to a value deep-equal to `fixture.value`.
 *
 * @example
 * import { smartCoverCallback } from 'tencent-ci-callback/testing'
 * const { value, body } = smartCoverCallback()
 * await fetch('http://127.0.0.1:3000/ci-callback', { method: 'POST', body: body('xml') })
 */
export interface Fixture<A extends CiCallback> {
  /** The callback as `parseCallback` returns it. */
  readonly value: A
  /** The wire body for `value`, as XML (with a `<Response>` root) or Tencent-style JSON. */
  readonly body: (format: BodyFormat) => string
}

/** Pairs a value with its encoder. */
export const fixture = <A extends CiCallback>(value: A): Fixture<A> => ({
  value,
  body: (format) => encodeCallback(value, format),
})
