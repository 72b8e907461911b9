import * as t from 'io-ts'
import { AIGCMetadata } from '../nodes/aigc-metadata'
import { NumberFromWire } from '../kit/scalars'
import { HlsEncrypt } from '../nodes/hls-encrypt'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.Segment`: the remux/segment parameters echoed from the request.
 *
 * @example
 * import { Segment } from 'tencent-ci-callback/codecs'
 * Segment.decode({ Format: 'mp4', Duration: '25', HlsEncrypt: { IsHlsEncrypt: 'false' } })
 * // Right({ Format: 'mp4', Duration: 25, HlsEncrypt: { IsHlsEncrypt: false } })
 */
export const Segment = partial(
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
/** The static type of the `Segment` codec. */
export type Segment = t.TypeOf<typeof Segment>

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
/**
 * The io-ts codec for `SegmentOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SegmentOperation } from 'tencent-ci-callback/codecs'
 * SegmentOperation.decode({ Segment: { Duration: '25' } }) // Right({ Segment: { Duration: 25 } })
 */
export const SegmentOperation: t.Type<SegmentOperation, SegmentOperationWire, unknown> = SegmentOperationC

const SegmentJobC = defineJob('Segment', SegmentOperation)

/**
 * A finished Segment (remuxing and segmenting) job, as `JobsDetail` carries it.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // const job = callback.JobsDetail[0]; if (job.Tag === 'Segment') job.Operation // SegmentOperation
 */
export interface SegmentJob extends t.TypeOf<typeof SegmentJobC> {}
/** `SegmentJob` as it is on the wire. */
export interface SegmentJobWire extends t.OutputOf<typeof SegmentJobC> {}
/**
 * The io-ts codec for `SegmentJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SegmentJob } from 'tencent-ci-callback/codecs'
 * SegmentJob.is(job) // true for a decoded Segment job
 */
export const SegmentJob: JobCodec<'Segment', SegmentJob, SegmentJobWire> = SegmentJobC
