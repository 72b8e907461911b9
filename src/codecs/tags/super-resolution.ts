import * as t from 'io-ts'
import { SuperResolution } from '../nodes/super-resolution'
import { mediaOperationProps } from '../nodes/media-operation-props'
import { defineJob, jobOperation, type JobCodec } from './define-job'

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
/**
 * The io-ts codec for `SuperResolutionOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SuperResolutionOperation } from 'tencent-ci-callback/codecs'
 * SuperResolutionOperation.decode({ SuperResolution: { Resolution: 'sdtohd' } }) // Right({ SuperResolution: { Resolution: 'sdtohd' } })
 */
export const SuperResolutionOperation: t.Type<SuperResolutionOperation, SuperResolutionOperationWire, unknown> =
  SuperResolutionOperationC

const SuperResolutionJobC = defineJob('SuperResolution', SuperResolutionOperation)

/**
 * A finished SuperResolution (upscaling) job, as `JobsDetail` carries it.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // const job = callback.JobsDetail[0]; if (job.Tag === 'SuperResolution') job.Operation // SuperResolutionOperation
 */
export interface SuperResolutionJob extends t.TypeOf<typeof SuperResolutionJobC> {}
/** `SuperResolutionJob` as it is on the wire. */
export interface SuperResolutionJobWire extends t.OutputOf<typeof SuperResolutionJobC> {}
/**
 * The io-ts codec for `SuperResolutionJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SuperResolutionJob } from 'tencent-ci-callback/codecs'
 * SuperResolutionJob.is(job) // true for a decoded SuperResolution job
 */
export const SuperResolutionJob: JobCodec<'SuperResolution', SuperResolutionJob, SuperResolutionJobWire> =
  SuperResolutionJobC
