import * as t from 'io-ts'
import { SDRtoHDR } from '../nodes/sdr-to-hdr'
import { mediaOperationProps } from '../nodes/media-operation-props'
import { defineJob, jobOperation, type JobCodec } from './define-job'

const SDRtoHDROperationC = jobOperation('SDRtoHDROperation', {
  /** The HDR conversion asked for. */
  SDRtoHDR: SDRtoHDR,
  /** Transcode, watermark, subtitle and digital-watermark echo nodes. */
  ...mediaOperationProps,
})

/**
 * `Operation` of a SDRtoHDR job: the shared nodes plus `SDRtoHDR`, `TranscodeTemplateId`,
 * `WatermarkTemplateId[]` and the other transcode echo nodes.
 *
 * @example
 * import { SDRtoHDROperation } from 'tencent-ci-callback/codecs'
 * SDRtoHDROperation.decode({ SDRtoHDR: { HdrMode: 'HDR10' }, WatermarkTemplateId: ['t1', 't2'] }) // Right({ SDRtoHDR: { HdrMode: 'HDR10' }, WatermarkTemplateId: ['t1', 't2'] })
 */
export interface SDRtoHDROperation extends t.TypeOf<typeof SDRtoHDROperationC> {}
/** `SDRtoHDROperation` as it is on the wire. */
export interface SDRtoHDROperationWire extends t.OutputOf<typeof SDRtoHDROperationC> {}
/**
 * The io-ts codec for `SDRtoHDROperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SDRtoHDROperation } from 'tencent-ci-callback/codecs'
 * SDRtoHDROperation.decode({ SDRtoHDR: { HdrMode: 'HDR10' }, WatermarkTemplateId: ['t1', 't2'] }) // Right({ SDRtoHDR: { HdrMode: 'HDR10' }, WatermarkTemplateId: ['t1', 't2'] })
 */
export const SDRtoHDROperation: t.Type<SDRtoHDROperation, SDRtoHDROperationWire, unknown> = SDRtoHDROperationC

const SDRtoHDRJobC = defineJob('SDRtoHDR', SDRtoHDROperation)

/**
 * A finished SDRtoHDR (SDR to HDR conversion) job, as `JobsDetail` carries it.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // const job = callback.JobsDetail[0]; if (job.Tag === 'SDRtoHDR') job.Operation // SDRtoHDROperation
 */
export interface SDRtoHDRJob extends t.TypeOf<typeof SDRtoHDRJobC> {}
/** `SDRtoHDRJob` as it is on the wire. */
export interface SDRtoHDRJobWire extends t.OutputOf<typeof SDRtoHDRJobC> {}
/**
 * The io-ts codec for `SDRtoHDRJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SDRtoHDRJob } from 'tencent-ci-callback/codecs'
 * SDRtoHDRJob.is(job) // true for a decoded SDRtoHDR job
 */
export const SDRtoHDRJob: JobCodec<'SDRtoHDR', SDRtoHDRJob, SDRtoHDRJobWire> = SDRtoHDRJobC
