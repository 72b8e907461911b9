import type { PayloadIssue } from '../errors'
import type { PathStep } from '../locate/path-steps'

/**
 * A value graded decoding left out of a callback (`invalidFields: 'drop'`, the default): an
 * optional field or a list item whose value failed its codec. It is the issue `'reject'` would
 * have reported (`path`, `expected`, `received`, `message`, and `line` / `column` in the body),
 * plus the value as it came, so nothing is lost: `encodeCallback` writes it back where it was.
 *
 * `path` names what was left out (the optional field or the list item); when the failing value sat
 * deeper inside it (a required field of an optional node), `message` says where.
 *
 * @example
 * import type { DroppedField } from 'tencent-ci-callback'
 * const log = (d: DroppedField) => console.warn(`left out ${d.path}: ${d.message}`, d.raw)
 */
export interface DroppedField extends PayloadIssue {
  /** The value as received, after the wire's normalisation (text, object or list). */
  readonly raw: unknown
  /** `path` as steps (field names and list indices), for tools: a key with a dot stays one step. */
  readonly steps: ReadonlyArray<PathStep>
}

/**
 * What graded decoding adds to a decoded callback: `Dropped`, present only when something was left
 * out. It is never encoded as a field.
 *
 * @example
 * import type { Graded } from 'tencent-ci-callback'
 * const count = (cb: Graded) => cb.Dropped?.length ?? 0
 */
export interface Graded {
  /** The invalid optional values left out, in body order; absent when nothing was dropped. */
  readonly Dropped?: ReadonlyArray<DroppedField>
}
