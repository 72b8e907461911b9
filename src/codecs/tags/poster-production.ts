import * as t from 'io-ts'
import { PicProcessResult } from '../nodes/pic-process-result'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.PosterProduction`: the poster parameters echoed from the request. `Info` holds the
 * template's variables, whose names the poster template defines: it is passed through as sent.
 *
 * @example
 * import { PosterProduction } from 'tencent-ci-callback/codecs'
 * PosterProduction.is({ TemplateId: 't1a2b3', Info: { title: 'Sale' } }) // true
 */
export const PosterProduction = partial(
  {
    /** ID of the poster template, exact text. */
    TemplateId: t.string,
    /** Values for the template's variables, as sent (names are template-defined). */
    Info: t.unknown,
  },
  'PosterProduction',
)
/** The static type of the `PosterProduction` codec. */
export type PosterProduction = t.TypeOf<typeof PosterProduction>

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
/**
 * The io-ts codec for `PosterProductionOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { PosterProductionOperation } from 'tencent-ci-callback/codecs'
 * PosterProductionOperation.decode({ PosterProduction: { TemplateId: 't1a2b3' } })
 */
export const PosterProductionOperation: t.Type<PosterProductionOperation, PosterProductionOperationWire, unknown> =
  PosterProductionOperationC

const PosterProductionJobC = defineJob('PosterProduction', PosterProductionOperation)

/**
 * A finished PosterProduction (poster from a template) job.
 *
 * @example
 * import { PosterProductionJob } from 'tencent-ci-callback'
 * // job.Tag === 'PosterProduction': job.Operation.PicProcessResult
 */
export interface PosterProductionJob extends t.TypeOf<typeof PosterProductionJobC> {}
/** `PosterProductionJob` as it is on the wire. */
export interface PosterProductionJobWire extends t.OutputOf<typeof PosterProductionJobC> {}
/**
 * The io-ts codec for `PosterProductionJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { PosterProductionJob } from 'tencent-ci-callback/codecs'
 * PosterProductionJob.is(job) // true for a decoded PosterProduction job
 */
export const PosterProductionJob: JobCodec<'PosterProduction', PosterProductionJob, PosterProductionJobWire> =
  PosterProductionJobC
