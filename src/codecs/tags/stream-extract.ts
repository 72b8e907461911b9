import * as t from 'io-ts'
import { Output } from '../job/output'
import { IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const StreamExtractC = partial(
  {
    /** Index of the stream in the input. */
    Index: IntegerFromWire,
    /** Key the stream was to be written to (the callback's name for it). */
    Output: t.string,
    /** Key the stream was to be written to (the request's and Go SDK's name for it). */
    Object: t.string,
  },
  'StreamExtract',
)
/**
 * One entry of `Operation.Output.StreamExtract`: a stream of the input and where it was to be written.
 * Tencent's callback sample names the key `Output`; the request table and the Go SDK call it `Object`:
 * both are typed, whichever is sent.
 *
 * @example
 * import { StreamExtract } from 'tencent-ci-callback/codecs'
 * StreamExtract.decode({ Index: '0', Output: 'output/out0.mp4' }) // Right({ Index: 0, Output: 'output/out0.mp4' })
 */
export interface StreamExtract extends t.TypeOf<typeof StreamExtractC> {}
/** `StreamExtract` as it is on the wire. */
export interface StreamExtractWire extends t.OutputOf<typeof StreamExtractC> {}
export const StreamExtract: t.Type<StreamExtract, StreamExtractWire> = StreamExtractC

const StreamExtractOutputC = partial(
  {
    ...Output.optional,
    /** The streams asked for, always a list. */
    StreamExtract: t.array(StreamExtract),
  },
  'StreamExtractOutput',
)
/**
 * `Operation.Output` of a StreamExtract job: bucket and region, and one `StreamExtract` entry per
 * stream asked for (always a list). Streams the input lacks are not written: the files actually
 * written are `MediaResult.OutputFile`.
 *
 * @example
 * import { StreamExtractOutput } from 'tencent-ci-callback/codecs'
 * StreamExtractOutput.is({ Bucket: 'b-1', StreamExtract: [{ Index: 0, Output: 'output/out0.mp4' }] }) // true
 */
export interface StreamExtractOutput extends t.TypeOf<typeof StreamExtractOutputC> {}
/** `StreamExtractOutput` as it is on the wire. */
export interface StreamExtractOutputWire extends t.OutputOf<typeof StreamExtractOutputC> {}
export const StreamExtractOutput: t.Type<StreamExtractOutput, StreamExtractOutputWire> = StreamExtractOutputC

const StreamExtractOperationC = jobOperation('StreamExtractOperation', {
  /** The streams asked for and where they were to be written. */
  Output: StreamExtractOutput,
})

/**
 * `Operation` of a StreamExtract job: the shared nodes, with `Output.StreamExtract` listing the streams
 * asked for. The files written (possibly fewer than asked for) are `MediaResult.OutputFile`.
 *
 * @example
 * import { StreamExtractOperation } from 'tencent-ci-callback/codecs'
 * StreamExtractOperation.decode({ Output: { StreamExtract: [{ Index: '1' }] } }) // Right({ Output: { StreamExtract: [{ Index: 1 }] } })
 */
export interface StreamExtractOperation extends t.TypeOf<typeof StreamExtractOperationC> {}
/** `StreamExtractOperation` as it is on the wire. */
export interface StreamExtractOperationWire extends t.OutputOf<typeof StreamExtractOperationC> {}
export const StreamExtractOperation: t.Type<StreamExtractOperation, StreamExtractOperationWire> =
  StreamExtractOperationC

/**
 * A finished StreamExtract (stream extraction) job, as `JobsDetail` carries it.
 *
 * @example
 * import { StreamExtractJob } from 'tencent-ci-callback/codecs'
 * StreamExtractJob.decode({ Tag: 'StreamExtract', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'StreamExtract', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface StreamExtractJob extends Job<'StreamExtract', StreamExtractOperation> {}
/** `StreamExtractJob` as it is on the wire. */
export interface StreamExtractJobWire extends JobWire<'StreamExtract', StreamExtractOperationWire> {}
export const StreamExtractJob: JobCodec<StreamExtractJob, StreamExtractJobWire> = defineJob(
  'StreamExtract',
  StreamExtractOperation,
)
