import * as t from 'io-ts'
import { BooleanFromWire, IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.FileHashCodeConfig`: which hash was asked for, echoed from the request.
 *
 * @example
 * import { FileHashCodeConfig } from 'tencent-ci-callback/codecs'
 * FileHashCodeConfig.decode({ Type: 'MD5', AddToHeader: 'true' }) // Right({ Type: 'MD5', AddToHeader: true })
 */
export const FileHashCodeConfig = partial(
  {
    /** Hash algorithm: `MD5`, `SHA1` or `SHA256` (text). */
    Type: t.string,
    /** Whether the hash was also stored as an `x-cos-meta-*` header of the object. */
    AddToHeader: BooleanFromWire,
  },
  'FileHashCodeConfig',
)
/** The static type of the `FileHashCodeConfig` codec. */
export type FileHashCodeConfig = t.TypeOf<typeof FileHashCodeConfig>

/**
 * `Operation.FileHashCodeResult`: the hash computed, and the object it describes.
 *
 * @example
 * import { FileHashCodeResult } from 'tencent-ci-callback/codecs'
 * FileHashCodeResult.decode({ MD5: '0a2b…', FileSize: '1424687' }) // Right({ MD5: '0a2b…', FileSize: 1424687 })
 */
export const FileHashCodeResult = partial(
  {
    /** MD5 of the object, hex (when `Type` was `MD5`). */
    MD5: t.string,
    /** SHA-1 of the object, hex (when `Type` was `SHA1`). */
    SHA1: t.string,
    /** SHA-256 of the object, hex (when `Type` was `SHA256`). */
    SHA256: t.string,
    /** Size of the object, bytes. */
    FileSize: IntegerFromWire,
    /** Last-modified time of the object, exact text (its format is not documented). */
    LastModified: t.string,
    /** ETag of the object, exact text (may include double quotes). */
    Etag: t.string,
  },
  'FileHashCodeResult',
)
/** The static type of the `FileHashCodeResult` codec. */
export type FileHashCodeResult = t.TypeOf<typeof FileHashCodeResult>

const FileHashCodeOperationC = jobOperation('FileHashCodeOperation', {
  /** Which hash was asked for. */
  FileHashCodeConfig: FileHashCodeConfig,
  /** The hash computed: the job's result. */
  FileHashCodeResult: FileHashCodeResult,
})

/**
 * `Operation` of a FileHashCode job: the shared nodes plus `FileHashCodeConfig` and `FileHashCodeResult`.
 * Nothing is written.
 *
 * @example
 * import { FileHashCodeOperation } from 'tencent-ci-callback/codecs'
 * FileHashCodeOperation.decode({ FileHashCodeResult: { FileSize: '10' } }) // Right({ FileHashCodeResult: { FileSize: 10 } })
 */
export interface FileHashCodeOperation extends t.TypeOf<typeof FileHashCodeOperationC> {}
/** `FileHashCodeOperation` as it is on the wire. */
export interface FileHashCodeOperationWire extends t.OutputOf<typeof FileHashCodeOperationC> {}
/**
 * The io-ts codec for `FileHashCodeOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { FileHashCodeOperation } from 'tencent-ci-callback/codecs'
 * FileHashCodeOperation.decode({ FileHashCodeResult: { FileSize: '10' } }) // Right({ FileHashCodeResult: { FileSize: 10 } })
 */
export const FileHashCodeOperation: t.Type<FileHashCodeOperation, FileHashCodeOperationWire, unknown> =
  FileHashCodeOperationC

const FileHashCodeJobC = defineJob('FileHashCode', FileHashCodeOperation)

/**
 * A finished FileHashCode (file hash) job, as `JobsDetail` carries it.
 *
 * @example
 * import { FileHashCodeJob } from 'tencent-ci-callback/codecs'
 * // FileHashCodeJob.decode(tree) where tree is one normalised JobsDetail element
 */
export interface FileHashCodeJob extends t.TypeOf<typeof FileHashCodeJobC> {}
/** `FileHashCodeJob` as it is on the wire. */
export interface FileHashCodeJobWire extends t.OutputOf<typeof FileHashCodeJobC> {}
/**
 * The io-ts codec for `FileHashCodeJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { FileHashCodeJob } from 'tencent-ci-callback/codecs'
 * FileHashCodeJob.is(job) // true for a decoded FileHashCode job
 */
export const FileHashCodeJob: JobCodec<'FileHashCode', FileHashCodeJob, FileHashCodeJobWire> = FileHashCodeJobC
