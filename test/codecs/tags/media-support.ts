import * as E from 'fp-ts/lib/Either.js'
import type { JobsDetail } from '../../../src/codecs/job/jobs-detail'
import { parseCallback } from '../../../src/parse-callback'
import { sample } from '../../support/samples'
import { taskFinish } from '../../support/callbacks'

/** The jobs of a sample under samples/, decoded through `parseCallback` (fails the test on a Left). */
export const jobsOf = (name: string): ReadonlyArray<JobsDetail> => {
  const result = parseCallback(sample(name).bytes)
  if (E.isLeft(result)) throw new Error(`${name} did not decode: ${result.left._tag}`)
  return taskFinish(result).JobsDetail
}

/** The only job of a sample. */
export const jobOf = (name: string): JobsDetail => {
  const jobs = jobsOf(name)
  const [job] = jobs
  if (job === undefined || jobs.length !== 1) throw new Error(`${name} has ${jobs.length} jobs`)
  return job
}

/** `base.xml` and `base.json`, for `it.each`. */
export const bothFormats = (base: string): ReadonlyArray<string> => [`${base}.xml`, `${base}.json`]

/** The decoded body of an inline callback (XML or JSON text). */
export const decodeText = (body: string) => parseCallback(body)
