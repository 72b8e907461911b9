import * as t from 'io-ts'
import { ImageOcrDetection } from '../nodes/image-ocr-detection'
import { BooleanFromWire, IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const ImageOCRC = partial(
  {
    /** Recognition type, as sent (e.g. `general`). */
    Type: t.string,
    /** Language to read, as sent (e.g. `zh`). */
    LanguageType: t.string,
    /** Whether the input is a PDF. */
    IsPdf: BooleanFromWire,
    /** Page of the PDF to read, from 1. */
    PdfPageNumber: IntegerFromWire,
    /** Whether character-level results were asked for (`TextDetections[i].Words`). */
    IsWord: BooleanFromWire,
    /** Whether word outlines were asked for (`TextDetections[i].WordPolygon`). */
    EnableWordPolygon: BooleanFromWire,
  },
  'ImageOCR',
)
/**
 * `Operation.ImageOCR`: the OCR parameters echoed from the request (Go SDK `ImageOCRTemplate`).
 *
 * @example
 * import { ImageOCR } from 'tencent-ci-callback/codecs'
 * ImageOCR.decode({ Type: 'general', IsPdf: 'false' }) // Right({ Type: 'general', IsPdf: false })
 */
export interface ImageOCR extends t.TypeOf<typeof ImageOCRC> {}
/** `ImageOCR` as it is on the wire. */
export interface ImageOCRWire extends t.OutputOf<typeof ImageOCRC> {}
export const ImageOCR: t.Type<ImageOCR, ImageOCRWire> = ImageOCRC

const ImageOCROperationC = jobOperation('ImageOCROperation', {
  /** The OCR parameters. */
  ImageOCR: ImageOCR,
  /** The text found. */
  Detection: ImageOcrDetection,
})

/**
 * `Operation` of an ImageOCR job: the shared nodes plus `ImageOCR` and `Detection`.
 *
 * @example
 * import { ImageOCROperation } from 'tencent-ci-callback/codecs'
 * ImageOCROperation.decode({ Detection: { TextDetections: [{ DetectedText: 'Hi' }] } })
 */
export interface ImageOCROperation extends t.TypeOf<typeof ImageOCROperationC> {}
/** `ImageOCROperation` as it is on the wire. */
export interface ImageOCROperationWire extends t.OutputOf<typeof ImageOCROperationC> {}
export const ImageOCROperation: t.Type<ImageOCROperation, ImageOCROperationWire> = ImageOCROperationC

/**
 * A finished ImageOCR (text recognition in an image) job.
 *
 * @example
 * import { ImageOCRJob } from 'tencent-ci-callback/codecs'
 * ImageOCRJob.decode({ Tag: 'ImageOCR', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'ImageOCR', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface ImageOCRJob extends Job<'ImageOCR', ImageOCROperation> {}
/** `ImageOCRJob` as it is on the wire. */
export interface ImageOCRJobWire extends JobWire<'ImageOCR', ImageOCROperationWire> {}
export const ImageOCRJob: JobCodec<ImageOCRJob, ImageOCRJobWire> = defineJob('ImageOCR', ImageOCROperation, {
  resultNode: 'Detection',
})
