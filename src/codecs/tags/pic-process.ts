import * as t from 'io-ts'
import { PicProcessResult } from '../nodes/pic-process-result'
import { BooleanFromWire } from '../kit/scalars'
import { processedImages } from '../../job-helpers/job-output'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const PicProcessC = partial(
  {
    /** Whether the source image's information was asked for (`OriginalInfo.ImageInfo`). */
    IsPicInfo: BooleanFromWire,
    /** The processing rule, CI image syntax such as `imageMogr2/rotate/90`. */
    ProcessRule: t.string,
  },
  'PicProcess',
)
/**
 * `Operation.PicProcess`: the image-processing parameters echoed from the request.
 *
 * @example
 * import { PicProcess } from 'tencent-ci-callback/codecs'
 * PicProcess.decode({ IsPicInfo: 'true', ProcessRule: 'imageMogr2/rotate/90' }) // Right({ IsPicInfo: true, … })
 */
export interface PicProcess extends t.TypeOf<typeof PicProcessC> {}
/** `PicProcess` as it is on the wire. */
export interface PicProcessWire extends t.OutputOf<typeof PicProcessC> {}
export const PicProcess: t.Type<PicProcess, PicProcessWire> = PicProcessC

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
export const PicProcessOperation: t.Type<PicProcessOperation, PicProcessOperationWire> = PicProcessOperationC

/**
 * A finished PicProcess (asynchronous image processing) job.
 *
 * @example
 * import { PicProcessJob } from 'tencent-ci-callback/codecs'
 * PicProcessJob.decode({ Tag: 'PicProcess', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'PicProcess', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface PicProcessJob extends Job<'PicProcess', PicProcessOperation> {}
/** `PicProcessJob` as it is on the wire. */
export interface PicProcessJobWire extends JobWire<'PicProcess', PicProcessOperationWire> {}
export const PicProcessJob: JobCodec<PicProcessJob, PicProcessJobWire> = defineJob('PicProcess', PicProcessOperation, {
  resultNode: 'PicProcessResult',
  // The processed image, in either documented shape of PicProcessResult, in the Output bucket.
  outputs: ({ Operation: { Output, PicProcessResult } }) => processedImages(Output, PicProcessResult),
})
