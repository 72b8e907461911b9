import * as E from 'fp-ts/lib/Either.js'
import { JobsDetail } from '../../src/codecs/job/jobs-detail'
import { parseCallback } from '../../src/parse-callback'
import { toPayloadIssues } from '../../src/payload-issues'
import { sample } from './samples'
import { taskFinish } from './callbacks'

type Tag = JobsDetail['Tag']
/** The job type a Tag narrows to. */
export type JobOf<K extends Tag> = Extract<JobsDetail, { readonly Tag: K }>

const hasTag = <K extends Tag>(job: JobsDetail, tag: K): job is JobOf<K> => job.Tag === tag

/** The first job of a sample under samples/, checked to be of `tag` and narrowed to it. */
export const jobOf = <K extends Tag>(name: string, tag: K): JobOf<K> => {
  const job = taskFinish(parseCallback(sample(name).bytes)).JobsDetail[0]
  if (job === undefined || !hasTag(job, tag)) throw new Error(`${name}: expected a ${tag} job`)
  return job
}

/** The same job read from the `.xml` and the `.json` of a sample pair: `[fromXml, fromJson]`. */
export const jobPairOf = <K extends Tag>(base: string, tag: K): readonly [JobOf<K>, JobOf<K>] => [
  jobOf(`${base}.xml`, tag),
  jobOf(`${base}.json`, tag),
]

/** The paths of the issues a `JobsDetail` element fails with (`[]` when it decodes). */
export const issuePaths = (job: unknown): ReadonlyArray<string> => {
  const result = JobsDetail.decode(job)
  return E.isLeft(result) ? toPayloadIssues(result.left).map((issue) => issue.path) : []
}
