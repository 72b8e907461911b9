import * as t from 'io-ts'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const SegmentVideoBodyC = partial(
  {
    /** What was written: `Mask` (the alpha mask), `Foreground`, `Combination` (foreground over a new background). */
    Mode: t.string,
    /** Segmentation kind: `HumanSeg`, `GreenScreenSeg`, `SolidColorSeg`. */
    SegmentType: t.string,
    /** Red channel (0–255) of the replacement background, text. */
    BackgroundRed: t.string,
    /** Green channel (0–255) of the replacement background, text. */
    BackgroundGreen: t.string,
    /** Blue channel (0–255) of the replacement background, text. */
    BackgroundBlue: t.string,
    /** URL of a background image (or video) used instead of a colour. */
    BackgroundLogoUrl: t.string,
    /** Threshold (0–1) used to binarise the mask, text. */
    BinaryThreshold: t.string,
    /** Red channel (0–255) of the solid colour removed (`SolidColorSeg`), text. */
    RemoveRed: t.string,
    /** Green channel (0–255) of the solid colour removed (`SolidColorSeg`), text. */
    RemoveGreen: t.string,
    /** Blue channel (0–255) of the solid colour removed (`SolidColorSeg`), text. */
    RemoveBlue: t.string,
  },
  'SegmentVideoBody',
)
/**
 * `Operation.SegmentVideoBody`: the video matting (body segmentation) parameters echoed from the request.
 * Typed from the Go SDK, which keeps every field as text; no published callback shows the node, so the
 * values stay text here too.
 *
 * @example
 * import { SegmentVideoBody } from 'tencent-ci-callback/codecs'
 * SegmentVideoBody.is({ Mode: 'Combination', SegmentType: 'GreenScreenSeg', BackgroundRed: '0' }) // true
 */
export interface SegmentVideoBody extends t.TypeOf<typeof SegmentVideoBodyC> {}
/** `SegmentVideoBody` as it is on the wire. */
export interface SegmentVideoBodyWire extends t.OutputOf<typeof SegmentVideoBodyC> {}
export const SegmentVideoBody: t.Type<SegmentVideoBody, SegmentVideoBodyWire> = SegmentVideoBodyC

const SegmentVideoBodyOperationC = jobOperation('SegmentVideoBodyOperation', {
  /** The matting parameters. */
  SegmentVideoBody: SegmentVideoBody,
})

/**
 * `Operation` of a SegmentVideoBody (video matting) job: the shared nodes plus `SegmentVideoBody`. The
 * video written is `MediaResult.OutputFile` (by analogy with the other media Tags: no published callback).
 *
 * @example
 * import { SegmentVideoBodyOperation } from 'tencent-ci-callback/codecs'
 * SegmentVideoBodyOperation.decode({ SegmentVideoBody: { Mode: 'Mask' } }) // Right({ SegmentVideoBody: { Mode: 'Mask' } })
 */
export interface SegmentVideoBodyOperation extends t.TypeOf<typeof SegmentVideoBodyOperationC> {}
/** `SegmentVideoBodyOperation` as it is on the wire. */
export interface SegmentVideoBodyOperationWire extends t.OutputOf<typeof SegmentVideoBodyOperationC> {}
export const SegmentVideoBodyOperation: t.Type<SegmentVideoBodyOperation, SegmentVideoBodyOperationWire> =
  SegmentVideoBodyOperationC

/**
 * A finished SegmentVideoBody (video matting) job, as `JobsDetail` carries it.
 *
 * @example
 * import { SegmentVideoBodyJob } from 'tencent-ci-callback/codecs'
 * SegmentVideoBodyJob.decode({ Tag: 'SegmentVideoBody', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'SegmentVideoBody', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface SegmentVideoBodyJob extends Job<'SegmentVideoBody', SegmentVideoBodyOperation> {}
/** `SegmentVideoBodyJob` as it is on the wire. */
export interface SegmentVideoBodyJobWire extends JobWire<'SegmentVideoBody', SegmentVideoBodyOperationWire> {}
export const SegmentVideoBodyJob: JobCodec<SegmentVideoBodyJob, SegmentVideoBodyJobWire> = defineJob(
  'SegmentVideoBody',
  SegmentVideoBodyOperation,
)
