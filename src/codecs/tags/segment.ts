import * as t from 'io-ts'
import { AIGCMetadata } from '../nodes/aigc-metadata'
import { NumberFromWire } from '../kit/scalars'
import { HlsEncrypt } from '../nodes/hls-encrypt'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const SegmentC = partial(
  {
    /** Output format: `mp4`, `hls`, `mkv`, `flv`, `aac`, … */
    Format: t.string,
    /** Length of each segment, seconds (absent: remux without segmenting). */
    Duration: NumberFromWire,
    /** Index of the stream kept when the input has several, as sent (text). */
    TranscodeIndex: t.string,
    /** HLS encryption. */
    HlsEncrypt: HlsEncrypt,
    /** Start offset in the input, seconds. */
    StartTime: NumberFromWire,
    /** End offset in the input, seconds. */
    EndTime: NumberFromWire,
    /** AIGC labelling metadata written to the output (Label, ContentProducer, ProduceID, …). */
    AIGCMetadata: AIGCMetadata,
  },
  'Segment',
)
/**
 * `Operation.Segment`: the remux/segment parameters echoed from the request.
 *
 * @example
 * import { Segment } from 'tencent-ci-callback/codecs'
 * Segment.decode({ Format: 'mp4', Duration: '25', HlsEncrypt: { IsHlsEncrypt: 'false' } })
 * // Right({ Format: 'mp4', Duration: 25, HlsEncrypt: { IsHlsEncrypt: false } })
 */
export interface Segment extends t.TypeOf<typeof SegmentC> {}
/** `Segment` as it is on the wire. */
export interface SegmentWire extends t.OutputOf<typeof SegmentC> {}
export const Segment: t.Type<Segment, SegmentWire> = SegmentC

const SegmentOperationC = jobOperation('SegmentOperation', {
  /** The segment parameters (absent when a template supplied them). */
  Segment: Segment,
})

/**
 * `Operation` of a Segment job: the shared nodes plus `Segment`. The segments written are
 * `MediaResult.OutputFile`: `ObjectPrefix` plus each relative `ObjectName` (`0`, `1`, …), with one
 * `Md5Info` per file under its full key.
 *
 * @example
 * import { SegmentOperation } from 'tencent-ci-callback/codecs'
 * SegmentOperation.decode({ Segment: { Duration: '25' } }) // Right({ Segment: { Duration: 25 } })
 */
export interface SegmentOperation extends t.TypeOf<typeof SegmentOperationC> {}
/** `SegmentOperation` as it is on the wire. */
export interface SegmentOperationWire extends t.OutputOf<typeof SegmentOperationC> {}
export const SegmentOperation: t.Type<SegmentOperation, SegmentOperationWire> = SegmentOperationC

/**
 * A finished Segment (remuxing and segmenting) job, as `JobsDetail` carries it.
 *
 * @example
 * import { SegmentJob } from 'tencent-ci-callback/codecs'
 * SegmentJob.decode({ Tag: 'Segment', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'Segment', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface SegmentJob extends Job<'Segment', SegmentOperation> {}
/** `SegmentJob` as it is on the wire. */
export interface SegmentJobWire extends JobWire<'Segment', SegmentOperationWire> {}
export const SegmentJob: JobCodec<SegmentJob, SegmentJobWire> = defineJob('Segment', SegmentOperation)
