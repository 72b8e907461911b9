import * as t from 'io-ts'
import type { JobOutput } from '../../job-helpers/job-output'
import type { CosHeader } from '../job/cos-headers'
import { optionalJobProps, requiredJobProps, type OptionalJobProps } from '../job/job-base'
import { operationProps, type OperationProps } from '../job/operation'
import { fastStruct, type FastStruct } from '../kit/fast-struct'

/** The fields of a Tag's job codec: the shared required ones, its `Tag` literal and its `Operation`. */
type JobProps<Tag extends string, A, O> = typeof requiredJobProps & {
  /** The job type. */
  Tag: t.LiteralC<Tag>
  /** Request echo and results. */
  Operation: t.Type<A, O, unknown>
}

/** The job struct `defineJob` builds for a Tag whose `Operation` decodes to `A` from `O`. */
type JobStruct<Tag extends string, A, O> = FastStruct<JobProps<Tag, A, O>, OptionalJobProps>

/**
 * The decoded job of `Tag` whose `Operation` is `A`: what a Tag module's job interface extends
 * (`interface TranscodeJob extends Job<'Transcode', TranscodeOperation> {}`), so a hover names both.
 */
export type Job<Tag extends string, A> = t.TypeOf<JobStruct<Tag, A, unknown>>

/** `Job<Tag, …>` as it is on the wire, its `Operation` being `O`. */
export type JobWire<Tag extends string, O> = t.OutputOf<JobStruct<Tag, unknown, O>>

/** What the registry knows of any job: its `Tag`. */
interface TaggedJob {
  readonly Tag: string
}

/**
 * What a Tag knows beyond its fields, stated once in its module (`defineJob`'s third argument), over
 * the Tag's own decoded job `A`. The registry (`codecs/tags/registry.ts`) derives every per-Tag table
 * from them.
 */
export interface TagFacts<A extends { readonly Operation: object }> {
  /**
   * The `Operation` key only this Tag writes (its result node): a job sent without `Tag` that
   * carries it gets this Tag (`RESULT_NODE_TAGS`). Echo nodes several Tags carry are not one.
   */
  readonly resultNode?: Extract<keyof A['Operation'], string>
  /** The objects this Tag writes outside `MediaResult.OutputFile` (`TAG_OUTPUT_READERS`). */
  readonly outputs?: (job: A) => ReadonlyArray<JobOutput>
  /** The triggering object's headers, for a Tag that has them elsewhere than `Input.CosHeaders`. */
  readonly cosHeaders?: (job: A) => ReadonlyArray<CosHeader> | undefined
}

/**
 * The io-ts codec of one job Tag, carrying its `Tag` and its facts at run time, so the `JobsDetail`
 * dispatch and every per-Tag table can be built from the list of Tag codecs alone. The facts read any
 * job: one of another Tag has no outputs (`[]`) and no headers of the Tag's own (`undefined`).
 */
export interface JobCodec<A extends TaggedJob, O> extends t.Type<A, O, unknown> {
  /** The `Tag` value this codec decodes. */
  readonly tag: A['Tag']
  /** The `Operation` key only this Tag writes, if any. */
  readonly resultNode?: string
  /** The objects a job of this Tag wrote outside `MediaResult.OutputFile`, if it writes any. */
  readonly outputs?: (job: TaggedJob) => ReadonlyArray<JobOutput>
  /** The triggering object's headers, if this Tag has them elsewhere than `Input.CosHeaders`. */
  readonly cosHeaders?: (job: TaggedJob) => ReadonlyArray<CosHeader> | undefined
}

/**
 * The `Operation` codec of a Tag: the shared `Operation` fields (`TemplateId`, `Output`,
 * `MediaResult`, `MediaInfo`, `UserData`, `JobLevel`…) plus the Tag's own echo and result nodes,
 * all optional on the wire. Unknown fields pass through. A Tag that redefines a shared field
 * (`Output` with extra objects) replaces it: the type says so (`Omit`), as the spread does.
 */
export const jobOperation = <P extends t.Props>(name: string, props: P) =>
  fastStruct<{}, Omit<OperationProps, keyof P> & P>(name, {}, { ...operationProps, ...props })

/**
 * The job codec of a Tag: the shared `JobsDetail` fields, `Tag` as a literal (so `job.Tag === 'X'`
 * narrows), the Tag's `Operation` codec (required: every job callback carries one), and its facts.
 * A Tag module reads as its fields and little else:
 *
 * ```ts
 * const TranscodeOperationC = jobOperation('TranscodeOperation', { ...mediaOperationProps })
 * export interface TranscodeOperation extends t.TypeOf<typeof TranscodeOperationC> {}
 * export interface TranscodeOperationWire extends t.OutputOf<typeof TranscodeOperationC> {}
 * export const TranscodeOperation: t.Type<TranscodeOperation, TranscodeOperationWire> = TranscodeOperationC
 *
 * export interface TranscodeJob extends Job<'Transcode', TranscodeOperation> {}
 * export interface TranscodeJobWire extends JobWire<'Transcode', TranscodeOperationWire> {}
 * export const TranscodeJob: JobCodec<TranscodeJob, TranscodeJobWire> = defineJob('Transcode', TranscodeOperation)
 * ```
 */
export const defineJob = <Tag extends string, A extends object, O>(
  tag: Tag,
  operation: t.Type<A, O, unknown>,
  facts: TagFacts<Job<Tag, A>> = {},
): JobCodec<Job<Tag, A>, JobWire<Tag, O>> => {
  const codec = fastStruct<JobProps<Tag, A, O>, OptionalJobProps>(
    `${tag}Job`,
    { ...requiredJobProps, Tag: t.literal(tag), Operation: operation },
    optionalJobProps,
  )
  // A decoded job of this Tag is a `Job<Tag, A>`: its `Tag` is what the union discriminates on.
  const isOwn = (job: TaggedJob): job is Job<Tag, A> => job.Tag === tag
  const { resultNode, outputs, cosHeaders } = facts
  return Object.assign(codec, {
    tag,
    ...(resultNode === undefined ? {} : { resultNode }),
    ...(outputs === undefined ? {} : { outputs: (job: TaggedJob) => (isOwn(job) ? outputs(job) : []) }),
    ...(cosHeaders === undefined ? {} : { cosHeaders: (job: TaggedJob) => (isOwn(job) ? cosHeaders(job) : undefined) }),
  })
}
