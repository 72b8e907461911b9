import * as t from 'io-ts'
import { SDRtoHDR } from '../nodes/sdr-to-hdr'
import { mediaOperationProps } from '../nodes/media-operation-props'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'

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
export const SDRtoHDROperation: t.Type<SDRtoHDROperation, SDRtoHDROperationWire> = SDRtoHDROperationC

/**
 * A finished SDRtoHDR (SDR to HDR conversion) job, as `JobsDetail` carries it.
 *
 * @example
 * import { SDRtoHDRJob } from 'tencent-ci-callback/codecs'
 * SDRtoHDRJob.decode({ Tag: 'SDRtoHDR', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'SDRtoHDR', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface SDRtoHDRJob extends Job<'SDRtoHDR', SDRtoHDROperation> {}
/** `SDRtoHDRJob` as it is on the wire. */
export interface SDRtoHDRJobWire extends JobWire<'SDRtoHDR', SDRtoHDROperationWire> {}
export const SDRtoHDRJob: JobCodec<SDRtoHDRJob, SDRtoHDRJobWire> = defineJob('SDRtoHDR', SDRtoHDROperation)
