import * as t from 'io-ts'
import { BooleanFromWire, IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const ImageInspectC = partial(
  {
    /** Whether a suspicious image is handled automatically. */
    AutoProcess: BooleanFromWire,
    /** What is done to a suspicious image, as sent (the values are Tencent's; not a closed set). */
    ProcessType: t.string,
  },
  'ImageInspect',
)
/**
 * `Operation.ImageInspect`: the abnormal-image-detection parameters echoed from the request.
 *
 * @example
 * import { ImageInspect } from 'tencent-ci-callback/codecs'
 * ImageInspect.decode({ AutoProcess: 'false' }) // Right({ AutoProcess: false })
 */
export interface ImageInspect extends t.TypeOf<typeof ImageInspectC> {}
/** `ImageInspect` as it is on the wire. */
export interface ImageInspectWire extends t.OutputOf<typeof ImageInspectC> {}
export const ImageInspect: t.Type<ImageInspect, ImageInspectWire> = ImageInspectC

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
export const ImageInspectResult: t.Type<ImageInspectResult, ImageInspectResultWire> = ImageInspectResultC

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
export const ImageInspectOperation: t.Type<ImageInspectOperation, ImageInspectOperationWire> = ImageInspectOperationC

/**
 * A finished ImageInspect (abnormal image detection) job.
 *
 * @example
 * import { ImageInspectJob } from 'tencent-ci-callback/codecs'
 * ImageInspectJob.decode({ Tag: 'ImageInspect', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'ImageInspect', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface ImageInspectJob extends Job<'ImageInspect', ImageInspectOperation> {}
/** `ImageInspectJob` as it is on the wire. */
export interface ImageInspectJobWire extends JobWire<'ImageInspect', ImageInspectOperationWire> {}
export const ImageInspectJob: JobCodec<ImageInspectJob, ImageInspectJobWire> = defineJob(
  'ImageInspect',
  ImageInspectOperation,
  {
    resultNode: 'ImageInspectResult',
  },
)
