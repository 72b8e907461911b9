import * as t from 'io-ts'
import { Output } from '../job/output'
import { IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * One entry of `Operation.Output.StreamExtract`: a stream of the input and where it was to be written.
 * Tencent's callback sample names the key `Output`; the request table and the Go SDK call it `Object`:
 * both are typed, whichever is sent.
 *
 * @example
 * import { StreamExtract } from 'tencent-ci-callback/codecs'
 * StreamExtract.decode({ Index: '0', Output: 'output/out0.mp4' }) // Right({ Index: 0, Output: 'output/out0.mp4' })
 */
export const StreamExtract = partial(
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
/** The static type of the `StreamExtract` codec. */
export type StreamExtract = t.TypeOf<typeof StreamExtract>

/**
 * `Operation.Output` of a StreamExtract job: bucket and region, and one `StreamExtract` entry per
 * stream asked for (always a list). Streams the input lacks are not written: the files actually
 * written are `MediaResult.OutputFile`.
 *
 * @example
 * import { StreamExtractOutput } from 'tencent-ci-callback/codecs'
 * StreamExtractOutput.is({ Bucket: 'b-1', StreamExtract: [{ Index: 0, Output: 'output/out0.mp4' }] }) // true
 */
export const StreamExtractOutput = partial(
  {
    ...Output.optional,
    /** The streams asked for, always a list. */
    StreamExtract: t.array(StreamExtract),
  },
  'StreamExtractOutput',
)
/** The static type of the `StreamExtractOutput` codec. */
export type StreamExtractOutput = t.TypeOf<typeof StreamExtractOutput>

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
/**
 * The io-ts codec for `StreamExtractOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { StreamExtractOperation } from 'tencent-ci-callback/codecs'
 * StreamExtractOperation.decode({ Output: { StreamExtract: [{ Index: '1' }] } }) // Right({ Output: { StreamExtract: [{ Index: 1 }] } })
 */
export const StreamExtractOperation: t.Type<StreamExtractOperation, StreamExtractOperationWire, unknown> =
  StreamExtractOperationC

const StreamExtractJobC = defineJob('StreamExtract', StreamExtractOperation)

/**
 * A finished StreamExtract (stream extraction) job, as `JobsDetail` carries it.
 *
 * @example
 * import { StreamExtractJob } from 'tencent-ci-callback/codecs'
 * // StreamExtractJob.decode(tree) where tree is one normalised JobsDetail element
 */
export interface StreamExtractJob extends t.TypeOf<typeof StreamExtractJobC> {}
/** `StreamExtractJob` as it is on the wire. */
export interface StreamExtractJobWire extends t.OutputOf<typeof StreamExtractJobC> {}
/**
 * The io-ts codec for `StreamExtractJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { StreamExtractJob } from 'tencent-ci-callback/codecs'
 * StreamExtractJob.is(job) // true for a decoded StreamExtract job
 */
export const StreamExtractJob: JobCodec<'StreamExtract', StreamExtractJob, StreamExtractJobWire> = StreamExtractJobC
