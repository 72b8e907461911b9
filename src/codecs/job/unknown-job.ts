import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { optionalJobProps, requiredJobProps } from './job-base'
import { Operation } from './operation'
import { RawTree, isRawTree } from '../kit/raw-tree'
import { fastStruct } from '../kit/fast-struct'
import { partial } from '../kit/partial'
import { one } from '../kit/shape'

/** The shared fields an unknown job exposes, each typed when it decodes, left out when not. */
const sharedProps = {
  CreationTime: requiredJobProps.CreationTime,
  State: optionalJobProps.State,
  Code: optionalJobProps.Code,
  Message: optionalJobProps.Message,
  StartTime: optionalJobProps.StartTime,
  EndTime: optionalJobProps.EndTime,
  QueueId: optionalJobProps.QueueId,
  Progress: optionalJobProps.Progress,
  SubTag: optionalJobProps.SubTag,
  Input: optionalJobProps.Input,
  Workflow: optionalJobProps.Workflow,
  Operation: Operation,
}
const SharedC = partial(sharedProps)
const JobIdC = fastStruct('UnknownJob', { JobId: t.string }, {})

/**
 * A job whose `Tag` this version does not know (Tencent adds job types without notice). Its own
 * discriminant, `Tag: 'Unknown'`, keeps `job.Tag === 'SmartCover'` narrowing to the known job
 * (a member typed `Tag: string` would stop that); the Tag as sent is `UnknownTag`, and the whole
 * job, as normalised, is `Raw`, which is also what it encodes back to. The shared job fields are
 * typed where they decode and simply left out where they do not: an unknown job never fails on them.
 *
 * @example
 * import type { JobsDetail } from 'tencent-ci-callback'
 * const label = (job: JobsDetail) => (job.Tag === 'Unknown' ? `new job type ${job.UnknownTag}` : job.Tag)
 */
export interface UnknownJob extends t.TypeOf<typeof SharedC> {
  /** Always `'Unknown'`: the Tag as sent is `UnknownTag`. */
  readonly Tag: 'Unknown'
  /**
   * The `Tag` as Tencent sent it; absent for a job sent without `Tag` and without a result node
   * to infer one from (an undocumented kind, such as virus detection).
   */
  readonly UnknownTag?: string
  /** Job ID, exact text. */
  readonly JobId: string
  /** The whole job as normalised (lists as arrays, empty values removed), untyped. */
  readonly Raw: RawTree
}

const is = (u: unknown): u is UnknownJob =>
  isRawTree(u) &&
  u['Tag'] === 'Unknown' &&
  (u['UnknownTag'] === undefined || typeof u['UnknownTag'] === 'string') &&
  typeof u['JobId'] === 'string' &&
  isRawTree(u['Raw'])

/** The shared fields of `u` that decode; the others stay only in `Raw`. */
const decodable = (u: RawTree): RawTree => {
  const kept: Record<string, unknown> = {}
  for (const [key, codec] of Object.entries(sharedProps)) {
    const value = u[key]
    if (value !== undefined && codec.decode(value)._tag === 'Right') kept[key] = value
  }
  return kept
}

export const UnknownJob: t.Type<UnknownJob, RawTree, unknown> = new t.Type<UnknownJob, RawTree, unknown>(
  'UnknownJob',
  is,
  (u, c) => {
    if (!isRawTree(u)) return t.failure(u, c)
    const tag = one(u['Tag'])
    if (tag !== undefined && typeof tag !== 'string') return t.failure(tag, t.appendContext(c, 'Tag', t.string, tag))
    const id = JobIdC.validate(u, c)
    if (E.isLeft(id)) return id
    const shared = SharedC.validate(decodable(u), c)
    if (E.isLeft(shared)) return shared
    const job = { ...shared.right, Tag: 'Unknown' as const, JobId: id.right.JobId, Raw: u }
    return t.success(tag === undefined ? job : { ...job, UnknownTag: tag })
  },
  (a) => RawTree.encode(a.Raw),
)
