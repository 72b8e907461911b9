import * as t from 'io-ts'
import { VideoTargetRecResult } from '../nodes/video-target-rec-result'
import { BooleanFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.VideoTargetRec`: which targets to look for, echoed from the request.
 *
 * @example
 * import { VideoTargetRec } from 'tencent-ci-callback/codecs'
 * VideoTargetRec.decode({ Body: 'true', Car: 'false' }) // Right({ Body: true, Car: false })
 */
export const VideoTargetRec = partial(
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
/** The static type of the `VideoTargetRec` codec. */
export type VideoTargetRec = t.TypeOf<typeof VideoTargetRec>

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
/**
 * The io-ts codec for `VideoTargetRecOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { VideoTargetRecOperation } from 'tencent-ci-callback/codecs'
 * VideoTargetRecOperation.decode({ VideoTargetRecResult: { PetRecognition: [{ Time: '0' }] } })
 */
export const VideoTargetRecOperation: t.Type<VideoTargetRecOperation, VideoTargetRecOperationWire, unknown> =
  VideoTargetRecOperationC

const VideoTargetRecJobC = defineJob('VideoTargetRec', VideoTargetRecOperation)

/**
 * A finished VideoTargetRec (people, pet, car, face and plate recognition in a video) job.
 * Its `Message` is `TaskFinish` in Tencent's web sample.
 *
 * @example
 * import { VideoTargetRecJob } from 'tencent-ci-callback'
 * // job.Tag === 'VideoTargetRec': job.Operation.VideoTargetRecResult?.CarRecognition
 */
export interface VideoTargetRecJob extends t.TypeOf<typeof VideoTargetRecJobC> {}
/** `VideoTargetRecJob` as it is on the wire. */
export interface VideoTargetRecJobWire extends t.OutputOf<typeof VideoTargetRecJobC> {}
/**
 * The io-ts codec for `VideoTargetRecJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { VideoTargetRecJob } from 'tencent-ci-callback/codecs'
 * VideoTargetRecJob.is(job) // true for a decoded VideoTargetRec job
 */
export const VideoTargetRecJob: JobCodec<'VideoTargetRec', VideoTargetRecJob, VideoTargetRecJobWire> =
  VideoTargetRecJobC
