import * as t from 'io-ts'
import { PicProcessResult } from '../nodes/pic-process-result'
import { BooleanFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.PicProcess`: the image-processing parameters echoed from the request.
 *
 * @example
 * import { PicProcess } from 'tencent-ci-callback/codecs'
 * PicProcess.decode({ IsPicInfo: 'true', ProcessRule: 'imageMogr2/rotate/90' }) // Right({ IsPicInfo: true, … })
 */
export const PicProcess = partial(
  {
    /** Whether the source image's information was asked for (`OriginalInfo.ImageInfo`). */
    IsPicInfo: BooleanFromWire,
    /** The processing rule, CI image syntax such as `imageMogr2/rotate/90`. */
    ProcessRule: t.string,
  },
  'PicProcess',
)
/** The static type of the `PicProcess` codec. */
export type PicProcess = t.TypeOf<typeof PicProcess>

const PicProcessOperationC = jobOperation('PicProcessOperation', {
  /** The processing parameters (absent when a template supplied them). */
  PicProcess: PicProcess,
  /** The source and written images, in either documented shape (see `PicProcessResult`). */
  PicProcessResult: PicProcessResult,
})

/**
 * `Operation` of a PicProcess job: the shared nodes plus `PicProcess` and `PicProcessResult`.
 *
 * @example
 * import { PicProcessOperation } from 'tencent-ci-callback/codecs'
 * PicProcessOperation.decode({ PicProcessResult: { ObjectName: 'output/out.jpg' } })
 */
export interface PicProcessOperation extends t.TypeOf<typeof PicProcessOperationC> {}
/** `PicProcessOperation` as it is on the wire. */
export interface PicProcessOperationWire extends t.OutputOf<typeof PicProcessOperationC> {}
/**
 * The io-ts codec for `PicProcessOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { PicProcessOperation } from 'tencent-ci-callback/codecs'
 * PicProcessOperation.decode({ PicProcess: { IsPicInfo: 'true' } })
 */
export const PicProcessOperation: t.Type<PicProcessOperation, PicProcessOperationWire, unknown> = PicProcessOperationC

const PicProcessJobC = defineJob('PicProcess', PicProcessOperation)

/**
 * A finished PicProcess (asynchronous image processing) job.
 *
 * @example
 * import { PicProcessJob } from 'tencent-ci-callback'
 * // job.Tag === 'PicProcess': job.Operation.PicProcessResult
 */
export interface PicProcessJob extends t.TypeOf<typeof PicProcessJobC> {}
/** `PicProcessJob` as it is on the wire. */
export interface PicProcessJobWire extends t.OutputOf<typeof PicProcessJobC> {}
/**
 * The io-ts codec for `PicProcessJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { PicProcessJob } from 'tencent-ci-callback/codecs'
 * PicProcessJob.is(job) // true for a decoded PicProcess job
 */
export const PicProcessJob: JobCodec<'PicProcess', PicProcessJob, PicProcessJobWire> = PicProcessJobC
