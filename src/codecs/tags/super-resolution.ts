import * as t from 'io-ts'
import { SuperResolution } from '../nodes/super-resolution'
import { mediaOperationProps } from '../nodes/media-operation-props'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'

const SuperResolutionOperationC = jobOperation('SuperResolutionOperation', {
  /** The upscaling parameters (absent when a template supplied them). */
  SuperResolution: SuperResolution,
  /** Transcode, watermark, subtitle and digital-watermark echo nodes. */
  ...mediaOperationProps,
})

/**
 * `Operation` of a SuperResolution job: the shared nodes plus `SuperResolution`, `TranscodeTemplateId`,
 * `WatermarkTemplateId[]`, `DigitalWatermark` (whose `State` can be `Failed` in a successful job) and the
 * transcode echo nodes.
 *
 * @example
 * import { SuperResolutionOperation } from 'tencent-ci-callback/codecs'
 * SuperResolutionOperation.decode({ SuperResolution: { Resolution: 'sdtohd' } }) // Right({ SuperResolution: { Resolution: 'sdtohd' } })
 */
export interface SuperResolutionOperation extends t.TypeOf<typeof SuperResolutionOperationC> {}
/** `SuperResolutionOperation` as it is on the wire. */
export interface SuperResolutionOperationWire extends t.OutputOf<typeof SuperResolutionOperationC> {}
export const SuperResolutionOperation: t.Type<SuperResolutionOperation, SuperResolutionOperationWire> =
  SuperResolutionOperationC

/**
 * A finished SuperResolution (upscaling) job, as `JobsDetail` carries it.
 *
 * @example
 * import { SuperResolutionJob } from 'tencent-ci-callback/codecs'
 * SuperResolutionJob.decode({ Tag: 'SuperResolution', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'SuperResolution', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface SuperResolutionJob extends Job<'SuperResolution', SuperResolutionOperation> {}
/** `SuperResolutionJob` as it is on the wire. */
export interface SuperResolutionJobWire extends JobWire<'SuperResolution', SuperResolutionOperationWire> {}
export const SuperResolutionJob: JobCodec<SuperResolutionJob, SuperResolutionJobWire> = defineJob(
  'SuperResolution',
  SuperResolutionOperation,
)
