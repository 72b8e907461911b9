import * as t from 'io-ts'
import { PicProcessResult } from '../nodes/pic-process-result'
import { processedImages } from '../../job-helpers/job-output'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const PosterProductionC = partial(
  {
    /** ID of the poster template, exact text. */
    TemplateId: t.string,
    /** Values for the template's variables, as sent (names are template-defined). */
    Info: t.unknown,
  },
  'PosterProduction',
)
/**
 * `Operation.PosterProduction`: the poster parameters echoed from the request. `Info` holds the
 * template's variables, whose names the poster template defines: it is passed through as sent.
 *
 * @example
 * import { PosterProduction } from 'tencent-ci-callback/codecs'
 * PosterProduction.is({ TemplateId: 't1a2b3', Info: { title: 'Sale' } }) // true
 */
export interface PosterProduction extends t.TypeOf<typeof PosterProductionC> {}
/** `PosterProduction` as it is on the wire. */
export interface PosterProductionWire extends t.OutputOf<typeof PosterProductionC> {}
export const PosterProduction: t.Type<PosterProduction, PosterProductionWire> = PosterProductionC

const PosterProductionOperationC = jobOperation('PosterProductionOperation', {
  /** The poster parameters. */
  PosterProduction: PosterProduction,
  /** The poster written (poster jobs run on the image-processing queue: same result node). */
  PicProcessResult: PicProcessResult,
})

/**
 * `Operation` of a PosterProduction job: the shared nodes plus `PosterProduction` and, as for
 * image processing, `PicProcessResult` (the Go SDK's `PicProcessJobOperation` carries both).
 *
 * @example
 * import { PosterProductionOperation } from 'tencent-ci-callback/codecs'
 * PosterProductionOperation.decode({ PosterProduction: { TemplateId: 't1a2b3' } })
 */
export interface PosterProductionOperation extends t.TypeOf<typeof PosterProductionOperationC> {}
/** `PosterProductionOperation` as it is on the wire. */
export interface PosterProductionOperationWire extends t.OutputOf<typeof PosterProductionOperationC> {}
export const PosterProductionOperation: t.Type<PosterProductionOperation, PosterProductionOperationWire> =
  PosterProductionOperationC

/**
 * A finished PosterProduction (poster from a template) job.
 *
 * @example
 * import { PosterProductionJob } from 'tencent-ci-callback/codecs'
 * PosterProductionJob.decode({ Tag: 'PosterProduction', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'PosterProduction', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface PosterProductionJob extends Job<'PosterProduction', PosterProductionOperation> {}
/** `PosterProductionJob` as it is on the wire. */
export interface PosterProductionJobWire extends JobWire<'PosterProduction', PosterProductionOperationWire> {}
export const PosterProductionJob: JobCodec<PosterProductionJob, PosterProductionJobWire> = defineJob(
  'PosterProduction',
  PosterProductionOperation,
  {
    // The poster written, named by PicProcessResult as for image processing, in the Output bucket.
    outputs: ({ Operation: { Output, PicProcessResult } }) => processedImages(Output, PicProcessResult),
  },
)
