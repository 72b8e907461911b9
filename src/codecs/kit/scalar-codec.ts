/* How the kit builds its scalar codecs: a named alias of a codec, and a codec from one reader. */

import * as t from 'io-ts'
import { issueSentence } from '../../errors'
import { renderValue } from '../../render-value'
import { describe, descriptionOf } from './describe'
import { NO, withFastPath } from './fast-path'

/**
 * Gives a codec its own runtime name, so hovers and errors say `UserData`, not `string`.
 *
 * @example
 * import * as t from 'io-ts'
 * import { alias } from 'tencent-ci-callback/codecs'
 * const QueueId = alias('QueueId', t.string)
 */
export const alias = <A, O>(name: string, codec: t.Type<A, O, unknown>, expected?: string): t.Type<A, O, unknown> => {
  const named = new t.Type<A, O, unknown>(name, codec.is, codec.validate, codec.encode)
  const description = expected ?? descriptionOf(codec)
  return description === undefined ? named : describe(named, description)
}

/**
 * A scalar codec from one reader, which is both its fast check and, through it, its `validate`: the
 * decoding rule is written once. A value the reader refuses fails with "Expected …, received …".
 */
export const scalar = <A, O>(
  name: string,
  is: t.Is<A>,
  read: (u: unknown) => A | typeof NO,
  encode: t.Encode<A, O>,
  expected: string,
): t.Type<A, O, unknown> => {
  const validate: t.Validate<unknown, A> = (u, c) => {
    const value = read(u)
    return value === NO ? t.failure(u, c, issueSentence(expected, renderValue(u))) : t.success(value)
  }
  return withFastPath(describe(new t.Type<A, O, unknown>(name, is, validate, encode), expected), read)
}
