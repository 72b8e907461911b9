import * as t from 'io-ts'
import { mediaOperationProps } from '../nodes/media-operation-props'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'

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
export const GeneratePlayListOperation: t.Type<GeneratePlayListOperation, GeneratePlayListOperationWire> =
  GeneratePlayListOperationC

/**
 * A finished GeneratePlayList (live playlist generation) job, as `JobsDetail` carries it.
 *
 * @example
 * import { GeneratePlayListJob } from 'tencent-ci-callback/codecs'
 * GeneratePlayListJob.decode({ Tag: 'GeneratePlayList', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'GeneratePlayList', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface GeneratePlayListJob extends Job<'GeneratePlayList', GeneratePlayListOperation> {}
/** `GeneratePlayListJob` as it is on the wire. */
export interface GeneratePlayListJobWire extends JobWire<'GeneratePlayList', GeneratePlayListOperationWire> {}
export const GeneratePlayListJob: JobCodec<GeneratePlayListJob, GeneratePlayListJobWire> = defineJob(
  'GeneratePlayList',
  GeneratePlayListOperation,
)
