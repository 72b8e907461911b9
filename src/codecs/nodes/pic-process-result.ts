import * as t from 'io-ts'
import { AIGCMetadata } from './aigc-metadata'
import { describe } from '../kit/describe'
import { fastStruct } from '../kit/fast-struct'
import { IntegerFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const ImageInfoC = partial(
  {
    /** Image format, e.g. `JPEG`, `PNG`. */
    Format: t.string,
    /** Width, pixels. */
    Width: IntegerFromWire,
    /** Height, pixels. */
    Height: IntegerFromWire,
    /** JPEG quality, 1–100. */
    Quality: IntegerFromWire,
    /** Average colour, hex text such as `0xc64847` (kept as text). */
    Ave: t.string,
    /** EXIF orientation, 0–8. */
    Orientation: IntegerFromWire,
    /** Number of frames (animated images; Java SDK). */
    FrameCount: IntegerFromWire,
  },
  'ImageInfo',
)
/**
 * Facts about an image (`OriginalInfo.ImageInfo`).
 *
 * @example
 * import { ImageInfo } from 'tencent-ci-callback/codecs'
 * ImageInfo.decode({ Format: 'JPEG', Width: '500', Height: '417', Ave: '0xc64847' }) // Right({ …, Width: 500, Ave: '0xc64847' })
 */
export interface ImageInfo extends t.TypeOf<typeof ImageInfoC> {}
/** `ImageInfo` as it is on the wire. */
export interface ImageInfoWire extends t.OutputOf<typeof ImageInfoC> {}
export const ImageInfo: t.Type<ImageInfo, ImageInfoWire, unknown> = ImageInfoC

const OriginalInfoC = partial(
  {
    /** ETag of the source, verbatim with its double quotes (documented callback spelling). */
    Etag: t.string,
    /** ETag of the source, verbatim (SDK spelling). */
    ETag: t.string,
    /** Key of the source object. */
    Key: t.string,
    /** Location (URL) of the source object. */
    Location: t.string,
    /** Format and size of the source. */
    ImageInfo: ImageInfo,
  },
  'OriginalInfo',
)
/**
 * The source image (`OriginalInfo`). The documented callback spells its ETag `Etag`, the Go and
 * Java SDKs `ETag`: both are accepted. An ETag keeps its literal double quotes (`"d5a4…"`).
 *
 * @example
 * import { OriginalInfo } from 'tencent-ci-callback/codecs'
 * OriginalInfo.is({ Etag: '"d5a491cd3d8d071e3212c3478e8e35a1"', ImageInfo: { Width: 500 } }) // true
 */
export interface OriginalInfo extends t.TypeOf<typeof OriginalInfoC> {}
/** `OriginalInfo` as it is on the wire. */
export interface OriginalInfoWire extends t.OutputOf<typeof OriginalInfoC> {}
export const OriginalInfo: t.Type<OriginalInfo, OriginalInfoWire, unknown> = OriginalInfoC

/** Fields of a processed image, in both documented shapes. */
const processedProps = {
  /** Image format, e.g. `JPEG`. */
  Format: t.string,
  /** Width, pixels. */
  Width: IntegerFromWire,
  /** Height, pixels. */
  Height: IntegerFromWire,
  /** JPEG quality, 1–100. */
  Quality: IntegerFromWire,
  /** Size, bytes. */
  Size: IntegerFromWire,
  /** ETag of the written image, verbatim (often empty, then absent). */
  Etag: t.string,
}

const ProcessedImageC = partial(processedProps, 'ProcessedImage')
/**
 * The processed image of the documented callback (`PicProcessResult.ProcessResult`).
 *
 * @example
 * import { ProcessedImage } from 'tencent-ci-callback/codecs'
 * ProcessedImage.decode({ Format: 'JPEG', Width: '417', Height: '500', Size: '24911' })
 */
export interface ProcessedImage extends t.TypeOf<typeof ProcessedImageC> {}
/** `ProcessedImage` as it is on the wire. */
export interface ProcessedImageWire extends t.OutputOf<typeof ProcessedImageC> {}
export const ProcessedImage: t.Type<ProcessedImage, ProcessedImageWire, unknown> = ProcessedImageC

const ProcessedObjectC = partial(
  {
    ...processedProps,
    /** Key of the written object. */
    Key: t.string,
    /** Location (URL) of the written object. */
    Location: t.string,
    /** AIGC labelling metadata written into the image. */
    AIGCMetadata: AIGCMetadata,
  },
  'ProcessedObject',
)
/**
 * One written image of the SDK shape (`UploadResult.ProcessResults.Object[i]`).
 *
 * @example
 * import { ProcessedObject } from 'tencent-ci-callback/codecs'
 * ProcessedObject.decode({ Key: 'output/out.jpg', Width: '417', Size: '24911' })
 */
export interface ProcessedObject extends t.TypeOf<typeof ProcessedObjectC> {}
/** `ProcessedObject` as it is on the wire. */
export interface ProcessedObjectWire extends t.OutputOf<typeof ProcessedObjectC> {}
export const ProcessedObject: t.Type<ProcessedObject, ProcessedObjectWire, unknown> = ProcessedObjectC

const PicProcessFlatResultC = partial(
  {
    /** Key of the image written. */
    ObjectName: t.string,
    /** The source image. */
    OriginalInfo: OriginalInfo,
    /** The image written. */
    ProcessResult: ProcessedImage,
    /** Never present in this shape: its presence selects `PicProcessUploadResult`. */
    UploadResult: t.undefined,
  },
  'PicProcessFlatResult',
)
/**
 * `PicProcessResult` as the callback documentation shows it: `ObjectName`, `OriginalInfo`,
 * `ProcessResult`. It never has `UploadResult` (that is the other shape).
 *
 * @example
 * import { PicProcessFlatResult } from 'tencent-ci-callback/codecs'
 * PicProcessFlatResult.decode({ ObjectName: 'output/out.jpg', ProcessResult: { Width: '417' } })
 */
export interface PicProcessFlatResult extends t.TypeOf<typeof PicProcessFlatResultC> {}
/** `PicProcessFlatResult` as it is on the wire. */
export interface PicProcessFlatResultWire extends t.OutputOf<typeof PicProcessFlatResultC> {}
export const PicProcessFlatResult: t.Type<PicProcessFlatResult, PicProcessFlatResultWire, unknown> =
  PicProcessFlatResultC

const PicProcessUploadResultC = fastStruct(
  'PicProcessUploadResult',
  {
    /** The source image and the images written. */
    UploadResult: partial(
      {
        /** The source image. */
        OriginalInfo: OriginalInfo,
        /** The images written. */
        ProcessResults: partial(
          {
            /** One entry per image written; always a list. */
            Object: t.array(ProcessedObject),
          },
          'ProcessResults',
        ),
      },
      'UploadResult',
    ),
  },
  {},
)
/**
 * `PicProcessResult` as the Go SDK models it: everything under `UploadResult`, the written
 * images as `ProcessResults.Object` (always a list).
 *
 * @example
 * import { PicProcessUploadResult } from 'tencent-ci-callback/codecs'
 * PicProcessUploadResult.decode({ UploadResult: { ProcessResults: { Object: [{ Key: 'out.jpg' }] } } })
 */
export interface PicProcessUploadResult extends t.TypeOf<typeof PicProcessUploadResultC> {}
/** `PicProcessUploadResult` as it is on the wire. */
export interface PicProcessUploadResultWire extends t.OutputOf<typeof PicProcessUploadResultC> {}
export const PicProcessUploadResult: t.Type<PicProcessUploadResult, PicProcessUploadResultWire, unknown> =
  PicProcessUploadResultC

const Shapes = t.union([PicProcessUploadResult, PicProcessFlatResult])

const isUploadShape = (u: unknown): boolean =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && Object.hasOwn(u, 'UploadResult')

/** `PicProcessResult` in either documented shape. */
export type PicProcessResult = PicProcessUploadResult | PicProcessFlatResult
/** `PicProcessResult` as it is on the wire. */
export type PicProcessResultWire = t.OutputOf<typeof PicProcessUploadResult> | t.OutputOf<typeof PicProcessFlatResult>

/**
 * `Operation.PicProcessResult`, in either documented shape. Tell them apart by `UploadResult`:
 * present in the SDK shape, always `undefined` in the documented-callback shape. Decoding picks
 * the shape the same way, so an error names the fields of the shape that was sent only.
 *
 * @example
 * import { PicProcessResult } from 'tencent-ci-callback/codecs'
 * const written = (r: PicProcessResult) =>
 *   r.UploadResult === undefined
 *     ? [r.ObjectName]
 *     : (r.UploadResult.ProcessResults?.Object ?? []).map((o) => o.Key)
 */
export const PicProcessResult: t.Type<PicProcessResult, PicProcessResultWire, unknown> = describe(
  new t.Type<PicProcessResult, PicProcessResultWire, unknown>(
    'PicProcessResult',
    Shapes.is,
    (u, c) => (isUploadShape(u) ? PicProcessUploadResult.validate(u, c) : PicProcessFlatResult.validate(u, c)),
    Shapes.encode,
  ),
  'an image-processing result',
)
