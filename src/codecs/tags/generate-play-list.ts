import * as t from 'io-ts'
import { mediaOperationProps } from '../nodes/media-operation-props'
import { defineJob, jobOperation, type JobCodec } from './define-job'

const GeneratePlayListOperationC = jobOperation('GeneratePlayListOperation', {
  /** Transcode, watermark, subtitle and digital-watermark echo nodes. */
  ...mediaOperationProps,
})

/**
 * `Operation` of a GeneratePlayList job: the shared nodes plus `Transcode` (with
 * `TransConfig.InitialClipNum` and `CosTag`), `Watermark[]`, `WatermarkTemplateId[]`. No documented
 * callback sample: the fields follow the Go SDK.
 *
 * @example
 * import { GeneratePlayListOperation } from 'tencent-ci-callback/codecs'
 * GeneratePlayListOperation.decode({ Transcode: { TransConfig: { InitialClipNum: '2' } } }) // Right({ Transcode: { TransConfig: { InitialClipNum: 2 } } })
 */
export interface GeneratePlayListOperation extends t.TypeOf<typeof GeneratePlayListOperationC> {}
/** `GeneratePlayListOperation` as it is on the wire. */
export interface GeneratePlayListOperationWire extends t.OutputOf<typeof GeneratePlayListOperationC> {}
/**
 * The io-ts codec for `GeneratePlayListOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { GeneratePlayListOperation } from 'tencent-ci-callback/codecs'
 * GeneratePlayListOperation.decode({ Transcode: { TransConfig: { InitialClipNum: '2' } } }) // Right({ Transcode: { TransConfig: { InitialClipNum: 2 } } })
 */
export const GeneratePlayListOperation: t.Type<GeneratePlayListOperation, GeneratePlayListOperationWire, unknown> =
  GeneratePlayListOperationC

const GeneratePlayListJobC = defineJob('GeneratePlayList', GeneratePlayListOperation)

/**
 * A finished GeneratePlayList (live playlist generation) job, as `JobsDetail` carries it.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // const job = callback.JobsDetail[0]; if (job.Tag === 'GeneratePlayList') job.Operation // GeneratePlayListOperation
 */
export interface GeneratePlayListJob extends t.TypeOf<typeof GeneratePlayListJobC> {}
/** `GeneratePlayListJob` as it is on the wire. */
export interface GeneratePlayListJobWire extends t.OutputOf<typeof GeneratePlayListJobC> {}
/**
 * The io-ts codec for `GeneratePlayListJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { GeneratePlayListJob } from 'tencent-ci-callback/codecs'
 * GeneratePlayListJob.is(job) // true for a decoded GeneratePlayList job
 */
export const GeneratePlayListJob: JobCodec<'GeneratePlayList', GeneratePlayListJob, GeneratePlayListJobWire> =
  GeneratePlayListJobC
