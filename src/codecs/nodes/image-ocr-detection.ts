import * as t from 'io-ts'
import { IntegerFromWire, NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const OcrPointC = partial(
  {
    /** Pixels from the left edge. */
    X: NumberFromWire,
    /** Pixels from the top edge. */
    Y: NumberFromWire,
  },
  'OcrPoint',
)
/**
 * A point in the image, pixels from the top-left corner.
 *
 * @example
 * import { OcrPoint } from 'tencent-ci-callback/codecs'
 * OcrPoint.decode({ X: '12', Y: '40' }) // Right({ X: 12, Y: 40 })
 */
export interface OcrPoint extends t.TypeOf<typeof OcrPointC> {}
/** `OcrPoint` as it is on the wire. */
export interface OcrPointWire extends t.OutputOf<typeof OcrPointC> {}
export const OcrPoint: t.Type<OcrPoint, OcrPointWire, unknown> = OcrPointC

const OcrBoxC = partial(
  {
    /** Left edge, pixels. */
    X: NumberFromWire,
    /** Top edge, pixels. */
    Y: NumberFromWire,
    /** Width, pixels. */
    Width: NumberFromWire,
    /** Height, pixels. */
    Height: NumberFromWire,
  },
  'OcrBox',
)
/**
 * An axis-aligned box, pixels (`TextDetections[i].ItemPolygon[j]`).
 *
 * @example
 * import { OcrBox } from 'tencent-ci-callback/codecs'
 * OcrBox.decode({ X: '12', Y: '40', Width: '230', Height: '31' })
 */
export interface OcrBox extends t.TypeOf<typeof OcrBoxC> {}
/** `OcrBox` as it is on the wire. */
export interface OcrBoxWire extends t.OutputOf<typeof OcrBoxC> {}
export const OcrBox: t.Type<OcrBox, OcrBoxWire, unknown> = OcrBoxC

const OcrCharacterC = partial(
  {
    /** The character. */
    Character: t.string,
    /** Confidence, 0–100. */
    Confidence: NumberFromWire,
    /** Corner points of the character; always a list (of lists of points). */
    WordCoordPoint: t.array(
      partial(
        {
          /** The corner points; always a list. */
          WordCoordinate: t.array(OcrPoint),
        },
        'WordCoordPoint',
      ),
    ),
  },
  'OcrCharacter',
)
/**
 * One character of a detected line (`TextDetections[i].Words[j]`).
 *
 * @example
 * import { OcrCharacter } from 'tencent-ci-callback/codecs'
 * OcrCharacter.decode({ Character: 'T', Confidence: '99' })
 */
export interface OcrCharacter extends t.TypeOf<typeof OcrCharacterC> {}
/** `OcrCharacter` as it is on the wire. */
export interface OcrCharacterWire extends t.OutputOf<typeof OcrCharacterC> {}
export const OcrCharacter: t.Type<OcrCharacter, OcrCharacterWire, unknown> = OcrCharacterC

const OcrWordPolygonC = partial(
  {
    /** Top-left corner; always a list. */
    LeftTop: t.array(OcrPoint),
    /** Top-right corner; always a list. */
    RightTop: t.array(OcrPoint),
    /** Bottom-left corner; always a list. */
    LeftBottom: t.array(OcrPoint),
    /** Bottom-right corner; always a list. */
    RightBottom: t.array(OcrPoint),
  },
  'OcrWordPolygon',
)
/**
 * The four corners of a word (`TextDetections[i].WordPolygon[j]`), each corner a list of points.
 *
 * @example
 * import { OcrWordPolygon } from 'tencent-ci-callback/codecs'
 * OcrWordPolygon.decode({ LeftTop: [{ X: '1', Y: '2' }] })
 */
export interface OcrWordPolygon extends t.TypeOf<typeof OcrWordPolygonC> {}
/** `OcrWordPolygon` as it is on the wire. */
export interface OcrWordPolygonWire extends t.OutputOf<typeof OcrWordPolygonC> {}
export const OcrWordPolygon: t.Type<OcrWordPolygon, OcrWordPolygonWire, unknown> = OcrWordPolygonC

const TextDetectionC = partial(
  {
    /** The text of the line. */
    DetectedText: t.string,
    /** Confidence, 0–100. */
    Confidence: NumberFromWire,
    /** Corners of the line's quadrilateral; always a list. */
    Polygon: t.array(OcrPoint),
    /** Bounding box of the line; always a list. */
    ItemPolygon: t.array(OcrBox),
    /** Characters of the line (when asked for); always a list. */
    Words: t.array(OcrCharacter),
    /** Word outlines (when `EnableWordPolygon` was set); always a list. */
    WordPolygon: t.array(OcrWordPolygon),
  },
  'TextDetection',
)
/**
 * One line of text found (`Detection.TextDetections[i]`).
 *
 * @example
 * import { TextDetection } from 'tencent-ci-callback/codecs'
 * TextDetection.decode({ DetectedText: 'Total 60 CNY', Confidence: '98', Polygon: [{ X: '12', Y: '40' }] })
 */
export interface TextDetection extends t.TypeOf<typeof TextDetectionC> {}
/** `TextDetection` as it is on the wire. */
export interface TextDetectionWire extends t.OutputOf<typeof TextDetectionC> {}
export const TextDetection: t.Type<TextDetection, TextDetectionWire, unknown> = TextDetectionC

const ImageOcrDetectionC = partial(
  {
    /** Key of the image read. */
    InputObjectName: t.string,
    /** URL of the image read. */
    InputObjectUrl: t.string,
    /** Key of the result object written, if any. */
    ObjectName: t.string,
    /** URL of the result object written, if any. */
    ObjectUrl: t.string,
    /** Result code, text (`Success` or an error code). */
    Code: t.string,
    /** State of this recognition, e.g. `Success`, `Failed`. */
    State: t.string,
    /** Error text when failed. */
    Message: t.string,
    /** Lines of text found; always a list. */
    TextDetections: t.array(TextDetection),
    /** Language detected, e.g. `zh`. */
    Language: t.string,
    /** (sic: "angle") Rotation of the image's text, degrees, clockwise. */
    Angel: NumberFromWire,
    /** Number of pages of a PDF input. */
    PdfPageSize: IntegerFromWire,
  },
  'ImageOcrDetection',
)
/**
 * `Operation.Detection`: the OCR result of an ImageOCR job (the Go SDK's `ImageOCRDetection`).
 * `Angel` is Tencent's wire name (sic) for the angle.
 *
 * @example
 * import { ImageOcrDetection } from 'tencent-ci-callback/codecs'
 * ImageOcrDetection.decode({ Angel: '0.5', Language: 'zh', PdfPageSize: '3' }) // Right({ Angel: 0.5, Language: 'zh', PdfPageSize: 3 })
 */
export interface ImageOcrDetection extends t.TypeOf<typeof ImageOcrDetectionC> {}
/** `ImageOcrDetection` as it is on the wire. */
export interface ImageOcrDetectionWire extends t.OutputOf<typeof ImageOcrDetectionC> {}
export const ImageOcrDetection: t.Type<ImageOcrDetection, ImageOcrDetectionWire, unknown> = ImageOcrDetectionC
