import * as t from 'io-ts'
import { IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.DocWatermark`: the document watermark parameters echoed from the request. Sparse sources:
 * the fields the Go SDK example sets are typed (all text, as there); anything else passes through.
 *
 * @example
 * import { DocWatermark } from 'tencent-ci-callback/codecs'
 * DocWatermark.is({ Type: '1', SrcType: 'pdf', Image: 'https://b-1.cos.ap-chongqing.myqcloud.com/a.png' }) // true
 */
export const DocWatermark = partial(
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
/** The static type of the `DocWatermark` codec. */
export type DocWatermark = t.TypeOf<typeof DocWatermark>

/**
 * `Operation.DocWatermarkResult` (Go SDK): the watermarked document written to `Output`.
 *
 * @example
 * import { DocWatermarkResult } from 'tencent-ci-callback/codecs'
 * DocWatermarkResult.decode({ Size: '20480', TotalPageCount: '3' }) // Right({ Size: 20480, TotalPageCount: 3 })
 */
export const DocWatermarkResult = partial(
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
/** The static type of the `DocWatermarkResult` codec. */
export type DocWatermarkResult = t.TypeOf<typeof DocWatermarkResult>

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
/**
 * The io-ts codec for `DocWatermarkOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { DocWatermarkOperation } from 'tencent-ci-callback/codecs'
 * DocWatermarkOperation.decode({ DocWatermarkResult: { Size: '1' } }) // Right({ DocWatermarkResult: { Size: 1 } })
 */
export const DocWatermarkOperation: t.Type<DocWatermarkOperation, DocWatermarkOperationWire, unknown> =
  DocWatermarkOperationC

const DocWatermarkJobC = defineJob('DocWatermark', DocWatermarkOperation)

/**
 * A finished DocWatermark (document watermark) job, as `JobsDetail` carries it.
 *
 * @example
 * import { DocWatermarkJob } from 'tencent-ci-callback/codecs'
 * // DocWatermarkJob.decode(tree) where tree is one normalised JobsDetail element
 */
export interface DocWatermarkJob extends t.TypeOf<typeof DocWatermarkJobC> {}
/** `DocWatermarkJob` as it is on the wire. */
export interface DocWatermarkJobWire extends t.OutputOf<typeof DocWatermarkJobC> {}
/**
 * The io-ts codec for `DocWatermarkJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { DocWatermarkJob } from 'tencent-ci-callback/codecs'
 * DocWatermarkJob.is(job) // true for a decoded DocWatermark job
 */
export const DocWatermarkJob: JobCodec<'DocWatermark', DocWatermarkJob, DocWatermarkJobWire> = DocWatermarkJobC
