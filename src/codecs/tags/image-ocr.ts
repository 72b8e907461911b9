import * as t from 'io-ts'
import { ImageOcrDetection } from '../nodes/image-ocr-detection'
import { BooleanFromWire, IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.ImageOCR`: the OCR parameters echoed from the request (Go SDK `ImageOCRTemplate`).
 *
 * @example
 * import { ImageOCR } from 'tencent-ci-callback/codecs'
 * ImageOCR.decode({ Type: 'general', IsPdf: 'false' }) // Right({ Type: 'general', IsPdf: false })
 */
export const ImageOCR = partial(
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
/** The static type of the `ImageOCR` codec. */
export type ImageOCR = t.TypeOf<typeof ImageOCR>

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
/**
 * The io-ts codec for `ImageOCROperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { ImageOCROperation } from 'tencent-ci-callback/codecs'
 * ImageOCROperation.decode({ ImageOCR: { Type: 'general' } })
 */
export const ImageOCROperation: t.Type<ImageOCROperation, ImageOCROperationWire, unknown> = ImageOCROperationC

const ImageOCRJobC = defineJob('ImageOCR', ImageOCROperation)

/**
 * A finished ImageOCR (text recognition in an image) job.
 *
 * @example
 * import { ImageOCRJob } from 'tencent-ci-callback'
 * // job.Tag === 'ImageOCR': job.Operation.Detection?.TextDetections
 */
export interface ImageOCRJob extends t.TypeOf<typeof ImageOCRJobC> {}
/** `ImageOCRJob` as it is on the wire. */
export interface ImageOCRJobWire extends t.OutputOf<typeof ImageOCRJobC> {}
/**
 * The io-ts codec for `ImageOCRJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { ImageOCRJob } from 'tencent-ci-callback/codecs'
 * ImageOCRJob.is(job) // true for a decoded ImageOCR job
 */
export const ImageOCRJob: JobCodec<'ImageOCR', ImageOCRJob, ImageOCRJobWire> = ImageOCRJobC
