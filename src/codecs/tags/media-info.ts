import * as t from 'io-ts'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'

const MediaInfoOperationC = jobOperation('MediaInfoOperation', {})

/**
 * `Operation` of a MediaInfo job: only the shared nodes. The result is `MediaInfo`, which here
 * describes the INPUT object (other Tags describe their output there).
 *
 * @example
 * import { MediaInfoOperation } from 'tencent-ci-callback/codecs'
 * MediaInfoOperation.decode({ MediaInfo: { Format: { NumStream: '2' } } }) // Right({ MediaInfo: { Format: { NumStream: 2 } } })
 */
export interface MediaInfoOperation extends t.TypeOf<typeof MediaInfoOperationC> {}
/** `MediaInfoOperation` as it is on the wire. */
export interface MediaInfoOperationWire extends t.OutputOf<typeof MediaInfoOperationC> {}
export const MediaInfoOperation: t.Type<MediaInfoOperation, MediaInfoOperationWire> = MediaInfoOperationC

/**
 * A finished MediaInfo (media information) job, as `JobsDetail` carries it.
 *
 * @example
 * import { MediaInfoJob } from 'tencent-ci-callback/codecs'
 * MediaInfoJob.decode({ Tag: 'MediaInfo', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'MediaInfo', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface MediaInfoJob extends Job<'MediaInfo', MediaInfoOperation> {}
/** `MediaInfoJob` as it is on the wire. */
export interface MediaInfoJobWire extends JobWire<'MediaInfo', MediaInfoOperationWire> {}
export const MediaInfoJob: JobCodec<MediaInfoJob, MediaInfoJobWire> = defineJob('MediaInfo', MediaInfoOperation)
