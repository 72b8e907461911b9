import * as t from 'io-ts'
import { IntegerFromWire } from '../kit/scalars'
import { outputAt } from '../../job-helpers/job-output'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const DocProcessC = partial(
  {
    /** Source file type, e.g. `docx`, `pptx`, `pdf` (text; taken from the key's extension when absent). */
    SrcType: t.string,
    /** Target type: `jpg`, `png`, `pdf`, `txt`, `html`… (text). */
    TgtType: t.string,
    /** First page converted, from 1. */
    StartPage: IntegerFromWire,
    /** Last page converted; `-1` means the last page of the document. */
    EndPage: IntegerFromWire,
    /** Spreadsheet sheet converted, from 1 (`0` = every sheet). */
    SheetId: IntegerFromWire,
    /** Spreadsheet paper orientation: `0` portrait, `1` landscape. */
    PaperDirection: IntegerFromWire,
    /** Spreadsheet paper size code, text (`0` A4, `1` A2, `2` A0). */
    PaperSize: t.string,
    /** Image-processing parameters applied to each page (a CI processing string). */
    ImageParams: t.string,
    /** Image quality, 1–100. */
    Quality: IntegerFromWire,
    /** Zoom, percent (10–200). */
    Zoom: IntegerFromWire,
    /** Rendering resolution of image pages, text (dpi). */
    ImageDpi: t.string,
    /** Whether each page is its own image for multi-page outputs, text (`0`/`1`). */
    PicPagination: t.string,
    /** Whether comments were rendered: `0` no, `1` yes. */
    Comments: IntegerFromWire,
    /** Password of the document, as sent (usually empty, then absent). */
    DocPassword: t.string,
  },
  'DocProcess',
)
/**
 * `Operation.DocProcess`: the document preview/conversion parameters echoed from the request. Page and
 * quality parameters are numbers (the Go SDK types them `int`); the rest is text.
 *
 * @example
 * import { DocProcess } from 'tencent-ci-callback/codecs'
 * DocProcess.decode({ TgtType: 'png', StartPage: '1', EndPage: '-1' }) // Right({ TgtType: 'png', StartPage: 1, EndPage: -1 })
 */
export interface DocProcess extends t.TypeOf<typeof DocProcessC> {}
/** `DocProcess` as it is on the wire. */
export interface DocProcessWire extends t.OutputOf<typeof DocProcessC> {}
export const DocProcess: t.Type<DocProcess, DocProcessWire> = DocProcessC

const DocProcessPageInfoC = partial(
  {
    /** Page number, from 1. */
    PageNo: IntegerFromWire,
    /** Key (or URL path) of the file written for this page, with `${Page}` expanded. */
    TgtUri: t.string,
    /** Spreadsheets: number of images the sheet was cut into (wire name kept: `X-SheetPics`). */
    'X-SheetPics': IntegerFromWire,
    /** Spreadsheets: index of this image within the sheet. */
    PicIndex: IntegerFromWire,
    /** Spreadsheets: index of the sheet this image comes from. */
    PicNum: IntegerFromWire,
  },
  'DocProcessPageInfo',
)
/**
 * One converted page, in `DocProcessResult.PageInfo`.
 *
 * @example
 * import { DocProcessPageInfo } from 'tencent-ci-callback/codecs'
 * DocProcessPageInfo.decode({ PageNo: '1', TgtUri: 'output/doc-1.png' }) // Right({ PageNo: 1, TgtUri: 'output/doc-1.png' })
 */
export interface DocProcessPageInfo extends t.TypeOf<typeof DocProcessPageInfoC> {}
/** `DocProcessPageInfo` as it is on the wire. */
export interface DocProcessPageInfoWire extends t.OutputOf<typeof DocProcessPageInfoC> {}
export const DocProcessPageInfo: t.Type<DocProcessPageInfo, DocProcessPageInfoWire> = DocProcessPageInfoC

const DocProcessWatermarkInfoC = partial(
  {
    /** Size of the file written, bytes. */
    Size: IntegerFromWire,
    /** ETag of the file written, exact text. */
    Etag: t.string,
  },
  'DocProcessWatermarkInfo',
)
/**
 * `DocProcessResult.WatermarkInfo` (Go SDK): the watermarked output.
 *
 * @example
 * import { DocProcessWatermarkInfo } from 'tencent-ci-callback/codecs'
 * DocProcessWatermarkInfo.decode({ Size: '1024' }) // Right({ Size: 1024 })
 */
export interface DocProcessWatermarkInfo extends t.TypeOf<typeof DocProcessWatermarkInfoC> {}
/** `DocProcessWatermarkInfo` as it is on the wire. */
export interface DocProcessWatermarkInfoWire extends t.OutputOf<typeof DocProcessWatermarkInfoC> {}
export const DocProcessWatermarkInfo: t.Type<DocProcessWatermarkInfo, DocProcessWatermarkInfoWire> =
  DocProcessWatermarkInfoC

const DocProcessResultC = partial(
  {
    /** One entry per file written, always a list. */
    PageInfo: t.array(DocProcessPageInfo),
    /** Target type written. */
    TgtType: t.string,
    /** Pages in the document. */
    TotalPageCount: IntegerFromWire,
    /** Pages converted. */
    SuccPageCount: IntegerFromWire,
    /** Pages that failed. */
    FailPageCount: IntegerFromWire,
    /** Sheets in a spreadsheet. */
    TotalSheetCount: IntegerFromWire,
    /** Conversion task ID, exact text (often empty, then absent). */
    TaskId: t.string,
    /** The watermarked output, when a watermark was added (Go SDK). */
    WatermarkInfo: DocProcessWatermarkInfo,
  },
  'DocProcessResult',
)
/**
 * `Operation.DocProcessResult`: what the conversion produced.
 *
 * @example
 * import { DocProcessResult } from 'tencent-ci-callback/codecs'
 * DocProcessResult.decode({ TotalPageCount: '3', PageInfo: [{ PageNo: '1' }] })
 * // Right({ TotalPageCount: 3, PageInfo: [{ PageNo: 1 }] })
 */
export interface DocProcessResult extends t.TypeOf<typeof DocProcessResultC> {}
/** `DocProcessResult` as it is on the wire. */
export interface DocProcessResultWire extends t.OutputOf<typeof DocProcessResultC> {}
export const DocProcessResult: t.Type<DocProcessResult, DocProcessResultWire> = DocProcessResultC

const DocProcessOperationC = jobOperation('DocProcessOperation', {
  /** The conversion parameters. */
  DocProcess: DocProcess,
  /** What the conversion produced. */
  DocProcessResult: DocProcessResult,
})

/**
 * `Operation` of a DocProcess (document preview / conversion) job: the shared nodes plus `DocProcess`
 * and `DocProcessResult`. `Output.Object` keeps its `${Page}` placeholder; the keys written are
 * `DocProcessResult.PageInfo[].TgtUri`.
 *
 * @example
 * import { DocProcessOperation } from 'tencent-ci-callback/codecs'
 * DocProcessOperation.decode({ DocProcessResult: { SuccPageCount: '2' } }) // Right({ DocProcessResult: { SuccPageCount: 2 } })
 */
export interface DocProcessOperation extends t.TypeOf<typeof DocProcessOperationC> {}
/** `DocProcessOperation` as it is on the wire. */
export interface DocProcessOperationWire extends t.OutputOf<typeof DocProcessOperationC> {}
export const DocProcessOperation: t.Type<DocProcessOperation, DocProcessOperationWire> = DocProcessOperationC

/**
 * A finished DocProcess (document conversion) job, as `JobsDetail` carries it.
 *
 * @example
 * import { DocProcessJob } from 'tencent-ci-callback/codecs'
 * DocProcessJob.decode({ Tag: 'DocProcess', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'DocProcess', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface DocProcessJob extends Job<'DocProcess', DocProcessOperation> {}
/** `DocProcessJob` as it is on the wire. */
export interface DocProcessJobWire extends JobWire<'DocProcess', DocProcessOperationWire> {}
export const DocProcessJob: JobCodec<DocProcessJob, DocProcessJobWire> = defineJob('DocProcess', DocProcessOperation, {
  resultNode: 'DocProcessResult',
  // One object per page: DocProcessResult.PageInfo[].TgtUri, in the Output bucket.
  outputs: ({ Operation: { Output, DocProcessResult: result } }) =>
    (result?.PageInfo ?? []).flatMap((page) => outputAt(Output, undefined, page.TgtUri)),
})
