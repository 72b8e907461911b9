import * as E from 'fp-ts/lib/Either.js'
import { MODERATION_KINDS, isModerationKind, type ModerationKind } from '../codecs/moderation/kinds'
import { invalidArgument, type InvalidArgument } from '../errors'
import { thrownMessage, type ParseOptions } from '../options'
import { renderValue } from '../render-value'

/**
 * Options for `parseJobResponse`: every `ParseOptions` field, plus `kind`, the moderation kind of
 * an auditing query answer (its body does not say which it is).
 *
 * @example
 * import { parseJobResponse } from 'tencent-ci-callback'
 * parseJobResponse('<Response><JobsDetail/></Response>', 'application/xml', { kind: 'ReviewImage', maxBytes: 1024 * 1024 })
 */
export interface JobResponseOptions extends ParseOptions {
  /**
   * Set it for the answer of a moderation query (`GET /image/auditing/<JobId>`, `/text/…`,
   * `/audio/…`, `/video/…`, `/document/…`, `/webpage/…`): `JobsDetail` is then read with that kind's
   * moderation job codec and the answer is `Kind: 'Auditing'`. Leave it out for every other answer.
   */
  readonly kind?: ModerationKind
}

const KINDS_TEXT = MODERATION_KINDS.map((k) => `'${k}'`).join(', ')

const readKind = (options: unknown): E.Either<InvalidArgument, ModerationKind | undefined> => {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return E.right(undefined)
  const kind: unknown = Reflect.get(options, 'kind')
  if (kind === undefined || isModerationKind(kind)) return E.right(kind)
  const received = renderValue(kind)
  return E.left(
    invalidArgument(
      'options',
      received,
      `options.kind must be a moderation kind (${KINDS_TEXT}) or left out, received ${received}`,
    ),
  )
}

/**
 * `options.kind`, checked: a moderation kind, or `undefined` when left out. Anything else (or a
 * getter that throws) is an `InvalidArgument`; the other fields are checked by the pipeline.
 */
export const resolveKind = (options: unknown): E.Either<InvalidArgument, ModerationKind | undefined> => {
  try {
    return readKind(options)
  } catch (e) {
    return E.left(
      invalidArgument('options', 'an object that could not be read', `options could not be read: ${thrownMessage(e)}`),
    )
  }
}
