import * as E from 'fp-ts/lib/Either.js'
import type { CiCallback } from '../../src/codecs/envelope/callback'
import type { JobsDetail } from '../../src/codecs/job/jobs-detail'
import { parseCallback } from '../../src/parse-callback'
import { samples } from './samples'

/** Every sample that decodes, decoded: real values for type-level checks to run over. */
export const decodedCallbacks: ReadonlyArray<CiCallback> = samples.flatMap((s) => {
  const result = parseCallback(s.bytes)
  return E.isRight(result) ? [result.right] : []
})

/** Every job of every decoded job callback. */
export const decodedJobs: ReadonlyArray<JobsDetail> = decodedCallbacks.flatMap((cb) =>
  cb.EventName === 'TaskFinish' ? cb.JobsDetail : [],
)

/**
 * Runs a type-level check over real decoded values (its `expectTypeOf`s are checked by `tsc`; at
 * run time its narrowing runs over every value) and fails when there are none to run it on.
 */
export const runOver = <A>(values: ReadonlyArray<A>, check: (value: A) => unknown): void => {
  expect(values.length).toBeGreaterThan(0)
  for (const value of values) check(value)
}
