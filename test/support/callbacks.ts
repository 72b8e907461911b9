import type * as E from 'fp-ts/lib/Either.js'
import type { CiCallback, TaskFinishCallback } from '../../src/codecs/envelope/callback'
import type { CallbackError } from '../../src/errors'
import { getRight } from './either'

/** The right value as a job callback, or a test failure that says what it was instead. */
export const taskFinish = (result: E.Either<CallbackError, CiCallback>): TaskFinishCallback => {
  const callback = getRight(result)
  if (callback.EventName !== 'TaskFinish') throw new Error(`expected a TaskFinish callback, got ${callback.EventName}`)
  return callback
}
