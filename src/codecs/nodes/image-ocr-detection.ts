import * as t from 'io-ts'
import { IntegerFromWire, NumberFromWire } from '../scalars'

/**
 * A point in the image, pixels from the top-left corner.
 *
 * @example
 * import { OcrPoint } from 'tencent-ci-callback'
 * OcrPoint.decode({ X: '12', Y: '40' }) // Right({ X: 12, Y: 40 })
 */
export const OcrPoint = t.partial(
  {
    /** Pixels from the left edge. */
    X: NumberFromWire,
    /** Pixels from the top edge. */
    Y: NumberFromWire,
  },
  'OcrPoint',
)
/** The static type of the `OcrPoint` codec. */
export type OcrPoint = t.TypeOf<typeof OcrPoint>

/**
 * An axis-aligned box, pixels (`TextDetections[i].ItemPolygon[j]`).
 *
 * @example
 * import { OcrBox } from 'tencent-ci-callback'
 * OcrBox.decode({ X: '12', Y: '40', Width: '230', Height: '31' })
 */
export const OcrBox = t.partial(
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
/** The static type of the `OcrBox` codec. */
export type OcrBox = t.TypeOf<typeof OcrBox>

/**
 * One character of a detected line (`TextDetections[i].Words[j]`).
 *
 * @example
 * import { OcrCharacter } from 'tencent-ci-callback'
 * OcrCharacter.decode({ Character: 'T', Confidence: '99' })
 */
export const OcrCharacter = t.partial(
  {
    /** The character. */
    Character: t.string,
    /** Confidence, 0–100. */
    Confidence: NumberFromWire,
    /** Corner points of the character; always a list (of lists of points). */
    WordCoordPoint: t.array(
      t.partial(
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
/** The static type of the `OcrCharacter` codec. */
export type OcrCharacter = t.TypeOf<typeof OcrCharacter>

/**
 * The four corners of a word (`TextDetections[i].WordPolygon[j]`), each corner a list of points.
 *
 * @example
 * import { OcrWordPolygon } from 'tencent-ci-callback'
 * OcrWordPolygon.decode({ LeftTop: [{ X: '1', Y: '2' }] })
 */
export const OcrWordPolygon = t.partial(
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
/** The static type of the `OcrWordPolygon` codec. */
export type OcrWordPolygon = t.TypeOf<typeof OcrWordPolygon>

/**
 * One line of text found (`Detection.TextDetections[i]`).
 *
 * @example
 * import { TextDetection } from 'tencent-ci-callback'
 * TextDetection.decode({ DetectedText: 'Total 60 CNY', Confidence: '98', Polygon: [{ X: '12', Y: '40' }] })
 */
export const TextDetection = t.partial(
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
/** The static type of the `TextDetection` codec. */
export type TextDetection = t.TypeOf<typeof TextDetection>

/**
 * `Operation.Detection`: the OCR result of an ImageOCR job (the Go SDK's `ImageOCRDetection`).
 * `Angel` is Tencent's wire name (sic) for the angle.
 *
 * @example
 * import { ImageOcrDetection } from 'tencent-ci-callback'
 * ImageOcrDetection.decode({ Angel: '0.5', Language: 'zh', PdfPageSize: '3' }) // Right({ Angel: 0.5, Language: 'zh', PdfPageSize: 3 })
 */
export const ImageOcrDetection = t.partial(
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
/** The static type of the `ImageOcrDetection` codec. */
export type ImageOcrDetection = t.TypeOf<typeof ImageOcrDetection>
