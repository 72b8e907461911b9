import * as t from 'io-ts'
import { IntegerFromWire } from '../kit/scalars'
import { echoedOutput } from '../../job-helpers/job-output'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const DocWatermarkC = partial(
  {
    /** Watermark kind code, text (`1` = image in the Go SDK example). */
    Type: t.string,
    /** Source document type, e.g. `pdf` (text). */
    SrcType: t.string,
    /** URL of the watermark image. */
    Image: t.string,
    /** Watermark text, for text watermarks. */
    Text: t.string,
    /** Horizontal offset, text (pixels). */
    Dx: t.string,
    /** Vertical offset, text (pixels). */
    Dy: t.string,
  },
  'DocWatermark',
)
/**
 * `Operation.DocWatermark`: the document watermark parameters echoed from the request. Sparse sources:
 * the fields the Go SDK example sets are typed (all text, as there); anything else passes through.
 *
 * @example
 * import { DocWatermark } from 'tencent-ci-callback/codecs'
 * DocWatermark.is({ Type: '1', SrcType: 'pdf', Image: 'https://b-1.cos.ap-chongqing.myqcloud.com/a.png' }) // true
 */
export interface DocWatermark extends t.TypeOf<typeof DocWatermarkC> {}
/** `DocWatermark` as it is on the wire. */
export interface DocWatermarkWire extends t.OutputOf<typeof DocWatermarkC> {}
export const DocWatermark: t.Type<DocWatermark, DocWatermarkWire> = DocWatermarkC

const DocWatermarkResultC = partial(
  {
    /** Size of the document written, bytes. */
    Size: IntegerFromWire,
    /** Pages in the document. */
    TotalPageCount: IntegerFromWire,
    /** ETag of the document written, exact text. */
    Etag: t.string,
  },
  'DocWatermarkResult',
)
/**
 * `Operation.DocWatermarkResult` (Go SDK): the watermarked document written to `Output`.
 *
 * @example
 * import { DocWatermarkResult } from 'tencent-ci-callback/codecs'
 * DocWatermarkResult.decode({ Size: '20480', TotalPageCount: '3' }) // Right({ Size: 20480, TotalPageCount: 3 })
 */
export interface DocWatermarkResult extends t.TypeOf<typeof DocWatermarkResultC> {}
/** `DocWatermarkResult` as it is on the wire. */
export interface DocWatermarkResultWire extends t.OutputOf<typeof DocWatermarkResultC> {}
export const DocWatermarkResult: t.Type<DocWatermarkResult, DocWatermarkResultWire> = DocWatermarkResultC

const DocWatermarkOperationC = jobOperation('DocWatermarkOperation', {
  /** The watermark parameters. */
  DocWatermark: DocWatermark,
  /** The watermarked document: the job's result. */
  DocWatermarkResult: DocWatermarkResult,
})

/**
 * `Operation` of a DocWatermark job: the shared nodes plus `DocWatermark` and `DocWatermarkResult`. The
 * document written is at `Output.Object`. Sparse sources (Go SDK only): unknown fields pass through.
 *
 * @example
 * import { DocWatermarkOperation } from 'tencent-ci-callback/codecs'
 * DocWatermarkOperation.decode({ DocWatermarkResult: { Size: '1' } }) // Right({ DocWatermarkResult: { Size: 1 } })
 */
export interface DocWatermarkOperation extends t.TypeOf<typeof DocWatermarkOperationC> {}
/** `DocWatermarkOperation` as it is on the wire. */
export interface DocWatermarkOperationWire extends t.OutputOf<typeof DocWatermarkOperationC> {}
export const DocWatermarkOperation: t.Type<DocWatermarkOperation, DocWatermarkOperationWire> = DocWatermarkOperationC

/**
 * A finished DocWatermark (document watermark) job, as `JobsDetail` carries it.
 *
 * @example
 * import { DocWatermarkJob } from 'tencent-ci-callback/codecs'
 * DocWatermarkJob.decode({ Tag: 'DocWatermark', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'DocWatermark', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface DocWatermarkJob extends Job<'DocWatermark', DocWatermarkOperation> {}
/** `DocWatermarkJob` as it is on the wire. */
export interface DocWatermarkJobWire extends JobWire<'DocWatermark', DocWatermarkOperationWire> {}
export const DocWatermarkJob: JobCodec<DocWatermarkJob, DocWatermarkJobWire> = defineJob(
  'DocWatermark',
  DocWatermarkOperation,
  {
    outputs: echoedOutput,
  },
)
