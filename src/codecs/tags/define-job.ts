import * as t from 'io-ts'
import { optionalJobProps, requiredJobProps } from '../job/job-base'
import { operationProps, type OperationProps } from '../job/operation'
import { fastStruct } from '../kit/fast-struct'

/**
 * The io-ts codec of one job Tag, carrying its `Tag` at run time so the `JobsDetail` dispatch
 * (`codecs/tags/registry.ts`) can be built from the list of Tag codecs alone.
 */
export interface JobCodec<Tag extends string, A, O> extends t.Type<A, O, unknown> {
  /** The `Tag` value this codec decodes. */
  readonly tag: Tag
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
 * narrows), and the Tag's `Operation` codec (required: every job callback carries one).
 *
 * A Tag module reads as its fields and little else:
 *
 * ```ts
 * const TranscodeOperationC = jobOperation('TranscodeOperation', { Transcode: Transcode })
 * export interface TranscodeOperation extends t.TypeOf<typeof TranscodeOperationC> {}
 * export interface TranscodeOperationWire extends t.OutputOf<typeof TranscodeOperationC> {}
 * export const TranscodeOperation: t.Type<TranscodeOperation, TranscodeOperationWire, unknown> = TranscodeOperationC
 *
 * const TranscodeJobC = defineJob('Transcode', TranscodeOperation)
 * export interface TranscodeJob extends t.TypeOf<typeof TranscodeJobC> {}
 * export interface TranscodeJobWire extends t.OutputOf<typeof TranscodeJobC> {}
 * export const TranscodeJob: JobCodec<'Transcode', TranscodeJob, TranscodeJobWire> = TranscodeJobC
 * ```
 */
export const defineJob = <Tag extends string, A, O>(tag: Tag, operation: t.Type<A, O, unknown>) => {
  const codec = fastStruct(
    `${tag}Job`,
    {
      ...requiredJobProps,
      /** The job type. */ Tag: t.literal(tag),
      /** Request echo and results. */ Operation: operation,
    },
    optionalJobProps,
  )
  return Object.assign(codec, { tag })
}
