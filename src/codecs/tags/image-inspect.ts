import * as t from 'io-ts'
import { BooleanFromWire, IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.ImageInspect`: the abnormal-image-detection parameters echoed from the request.
 *
 * @example
 * import { ImageInspect } from 'tencent-ci-callback/codecs'
 * ImageInspect.decode({ AutoProcess: 'false' }) // Right({ AutoProcess: false })
 */
export const ImageInspect = partial(
  {
    /** Whether a suspicious image is handled automatically. */
    AutoProcess: BooleanFromWire,
    /** What is done to a suspicious image, as sent (the values are Tencent's; not a closed set). */
    ProcessType: t.string,
  },
  'ImageInspect',
)
/** The static type of the `ImageInspect` codec. */
export type ImageInspect = t.TypeOf<typeof ImageInspect>

const ImageInspectResultC = partial(
  {
    /** State of the inspection, e.g. `Success`. */
    State: t.string,
    /** Result code, text. */
    Code: t.string,
    /** Error text when failed. */
    Message: t.string,
    /** Key of the image inspected. */
    InputObjectName: t.string,
    /** URL of the image inspected. */
    InputObjectUrl: t.string,
    /** What was found. */
    ProcessResult: partial(
      {
        /** Size of the image, bytes. */
        PicSize: IntegerFromWire,
        /** Image type, e.g. `jpeg`, `PNG` (as sent). */
        PicType: t.string,
        /** Whether a file of another format was found inside the image (`false`: a normal image). */
        Suspicious: BooleanFromWire,
        /** First byte of the hidden file. */
        SuspiciousBeginByte: IntegerFromWire,
        /** Last byte of the hidden file. */
        SuspiciousEndByte: IntegerFromWire,
        /** Size of the hidden file, bytes. */
        SuspiciousSize: IntegerFromWire,
        /** Kind of hidden file, e.g. `MPEG-TS` (as sent). */
        SuspiciousType: t.string,
        /** Outcome of the automatic handling. */
        AutoProcessResult: partial(
          {
            /** Result code, text. */
            Code: t.string,
            /** Result text. */
            Message: t.string,
          },
          'AutoProcessResult',
        ),
      },
      'ImageInspectProcessResult',
    ),
  },
  'ImageInspectResult',
)
/**
 * `ImageInspectResult`: whether the image hides a file of another format (e.g. an MPEG-TS stream).
 * `Suspicious` is `"true"`/`"false"` in job callbacks (a JSON boolean in the synchronous API):
 * both decode to a boolean.
 *
 * @example
 * import { ImageInspectResult } from 'tencent-ci-callback/codecs'
 * ImageInspectResult.decode({ ProcessResult: { Suspicious: 'false', PicSize: '1024' } })
 */
export interface ImageInspectResult extends t.TypeOf<typeof ImageInspectResultC> {}
/** `ImageInspectResult` as it is on the wire. */
export interface ImageInspectResultWire extends t.OutputOf<typeof ImageInspectResultC> {}
/**
 * The io-ts codec for `ImageInspectResult`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { ImageInspectResult } from 'tencent-ci-callback/codecs'
 * ImageInspectResult.decode({ ProcessResult: { Suspicious: 'false', PicSize: '1024' } })
 */
export const ImageInspectResult: t.Type<ImageInspectResult, ImageInspectResultWire, unknown> = ImageInspectResultC

const ImageInspectOperationC = jobOperation('ImageInspectOperation', {
  /** The detection parameters. */
  ImageInspect: ImageInspect,
  /** What was found. */
  ImageInspectResult: ImageInspectResult,
})

/**
 * `Operation` of an ImageInspect job: the shared nodes plus `ImageInspect` and `ImageInspectResult`.
 *
 * @example
 * import { ImageInspectOperation } from 'tencent-ci-callback/codecs'
 * ImageInspectOperation.decode({ ImageInspectResult: { ProcessResult: { Suspicious: 'true' } } })
 */
export interface ImageInspectOperation extends t.TypeOf<typeof ImageInspectOperationC> {}
/** `ImageInspectOperation` as it is on the wire. */
export interface ImageInspectOperationWire extends t.OutputOf<typeof ImageInspectOperationC> {}
/**
 * The io-ts codec for `ImageInspectOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { ImageInspectOperation } from 'tencent-ci-callback/codecs'
 * ImageInspectOperation.decode({ ImageInspect: { AutoProcess: 'false' } })
 */
export const ImageInspectOperation: t.Type<ImageInspectOperation, ImageInspectOperationWire, unknown> =
  ImageInspectOperationC

const ImageInspectJobC = defineJob('ImageInspect', ImageInspectOperation)

/**
 * A finished ImageInspect (abnormal image detection) job.
 *
 * @example
 * import { ImageInspectJob } from 'tencent-ci-callback'
 * // job.Tag === 'ImageInspect': job.Operation.ImageInspectResult?.ProcessResult?.Suspicious
 */
export interface ImageInspectJob extends t.TypeOf<typeof ImageInspectJobC> {}
/** `ImageInspectJob` as it is on the wire. */
export interface ImageInspectJobWire extends t.OutputOf<typeof ImageInspectJobC> {}
/**
 * The io-ts codec for `ImageInspectJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { ImageInspectJob } from 'tencent-ci-callback/codecs'
 * ImageInspectJob.is(job) // true for a decoded ImageInspect job
 */
export const ImageInspectJob: JobCodec<'ImageInspect', ImageInspectJob, ImageInspectJobWire> = ImageInspectJobC
