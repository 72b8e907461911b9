import * as t from 'io-ts'
import { VideoTargetRecResult } from '../nodes/video-target-rec-result'
import { BooleanFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const VideoTargetRecC = partial(
  {
    /** Whether people were looked for. */
    Body: BooleanFromWire,
    /** Whether pets were looked for. */
    Pet: BooleanFromWire,
    /** Whether cars were looked for. */
    Car: BooleanFromWire,
    /** Whether faces were looked for. */
    Face: BooleanFromWire,
    /** Whether licence plates were looked for. */
    Plate: BooleanFromWire,
    /** Processing mode, as sent. */
    ProcessType: t.string,
    /** Transcoding parameters for an annotated output video (passed through). */
    TransTpl: t.UnknownRecord,
  },
  'VideoTargetRec',
)
/**
 * `Operation.VideoTargetRec`: which targets to look for, echoed from the request.
 *
 * @example
 * import { VideoTargetRec } from 'tencent-ci-callback/codecs'
 * VideoTargetRec.decode({ Body: 'true', Car: 'false' }) // Right({ Body: true, Car: false })
 */
export interface VideoTargetRec extends t.TypeOf<typeof VideoTargetRecC> {}
/** `VideoTargetRec` as it is on the wire. */
export interface VideoTargetRecWire extends t.OutputOf<typeof VideoTargetRecC> {}
export const VideoTargetRec: t.Type<VideoTargetRec, VideoTargetRecWire> = VideoTargetRecC

const VideoTargetRecOperationC = jobOperation('VideoTargetRecOperation', {
  /** What was looked for. */
  VideoTargetRec: VideoTargetRec,
  /** What was found, frame by frame. */
  VideoTargetRecResult: VideoTargetRecResult,
})

/**
 * `Operation` of a VideoTargetRec job: the shared nodes plus `VideoTargetRec` and `VideoTargetRecResult`.
 *
 * @example
 * import { VideoTargetRecOperation } from 'tencent-ci-callback/codecs'
 * VideoTargetRecOperation.decode({ VideoTargetRec: { Pet: 'true' } })
 */
export interface VideoTargetRecOperation extends t.TypeOf<typeof VideoTargetRecOperationC> {}
/** `VideoTargetRecOperation` as it is on the wire. */
export interface VideoTargetRecOperationWire extends t.OutputOf<typeof VideoTargetRecOperationC> {}
export const VideoTargetRecOperation: t.Type<VideoTargetRecOperation, VideoTargetRecOperationWire> =
  VideoTargetRecOperationC

/**
 * A finished VideoTargetRec (people, pet, car, face and plate recognition in a video) job.
 * Its `Message` is `TaskFinish` in Tencent's web sample.
 *
 * @example
 * import { VideoTargetRecJob } from 'tencent-ci-callback/codecs'
 * VideoTargetRecJob.decode({ Tag: 'VideoTargetRec', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'VideoTargetRec', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface VideoTargetRecJob extends Job<'VideoTargetRec', VideoTargetRecOperation> {}
/** `VideoTargetRecJob` as it is on the wire. */
export interface VideoTargetRecJobWire extends JobWire<'VideoTargetRec', VideoTargetRecOperationWire> {}
export const VideoTargetRecJob: JobCodec<VideoTargetRecJob, VideoTargetRecJobWire> = defineJob(
  'VideoTargetRec',
  VideoTargetRecOperation,
  {
    resultNode: 'VideoTargetRecResult',
  },
)
