import * as t from 'io-ts'
import { defineJob, jobOperation, type JobCodec } from './define-job'

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
/**
 * The io-ts codec for `MediaInfoOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { MediaInfoOperation } from 'tencent-ci-callback/codecs'
 * MediaInfoOperation.decode({ MediaInfo: { Format: { NumStream: '2' } } }) // Right({ MediaInfo: { Format: { NumStream: 2 } } })
 */
export const MediaInfoOperation: t.Type<MediaInfoOperation, MediaInfoOperationWire, unknown> = MediaInfoOperationC

const MediaInfoJobC = defineJob('MediaInfo', MediaInfoOperation)

/**
 * A finished MediaInfo (media information) job, as `JobsDetail` carries it.
 *
 * @example
 * import { MediaInfoJob } from 'tencent-ci-callback/codecs'
 * // MediaInfoJob.decode(tree) where tree is one normalised JobsDetail element
 */
export interface MediaInfoJob extends t.TypeOf<typeof MediaInfoJobC> {}
/** `MediaInfoJob` as it is on the wire. */
export interface MediaInfoJobWire extends t.OutputOf<typeof MediaInfoJobC> {}
/**
 * The io-ts codec for `MediaInfoJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { MediaInfoJob } from 'tencent-ci-callback/codecs'
 * MediaInfoJob.is(job) // true for a decoded MediaInfo job
 */
export const MediaInfoJob: JobCodec<'MediaInfo', MediaInfoJob, MediaInfoJobWire> = MediaInfoJobC
