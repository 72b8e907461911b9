import * as t from 'io-ts'
import { BooleanFromWire, IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const FileHashCodeConfigC = partial(
  {
    /** Hash algorithm: `MD5`, `SHA1` or `SHA256` (text). */
    Type: t.string,
    /** Whether the hash was also stored as an `x-cos-meta-*` header of the object. */
    AddToHeader: BooleanFromWire,
  },
  'FileHashCodeConfig',
)
/**
 * `Operation.FileHashCodeConfig`: which hash was asked for, echoed from the request.
 *
 * @example
 * import { FileHashCodeConfig } from 'tencent-ci-callback/codecs'
 * FileHashCodeConfig.decode({ Type: 'MD5', AddToHeader: 'true' }) // Right({ Type: 'MD5', AddToHeader: true })
 */
export interface FileHashCodeConfig extends t.TypeOf<typeof FileHashCodeConfigC> {}
/** `FileHashCodeConfig` as it is on the wire. */
export interface FileHashCodeConfigWire extends t.OutputOf<typeof FileHashCodeConfigC> {}
export const FileHashCodeConfig: t.Type<FileHashCodeConfig, FileHashCodeConfigWire> = FileHashCodeConfigC

const FileHashCodeResultC = partial(
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
/**
 * `Operation.FileHashCodeResult`: the hash computed, and the object it describes.
 *
 * @example
 * import { FileHashCodeResult } from 'tencent-ci-callback/codecs'
 * FileHashCodeResult.decode({ MD5: '0a2b…', FileSize: '1424687' }) // Right({ MD5: '0a2b…', FileSize: 1424687 })
 */
export interface FileHashCodeResult extends t.TypeOf<typeof FileHashCodeResultC> {}
/** `FileHashCodeResult` as it is on the wire. */
export interface FileHashCodeResultWire extends t.OutputOf<typeof FileHashCodeResultC> {}
export const FileHashCodeResult: t.Type<FileHashCodeResult, FileHashCodeResultWire> = FileHashCodeResultC

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
export const FileHashCodeOperation: t.Type<FileHashCodeOperation, FileHashCodeOperationWire> = FileHashCodeOperationC

/**
 * A finished FileHashCode (file hash) job, as `JobsDetail` carries it.
 *
 * @example
 * import { FileHashCodeJob } from 'tencent-ci-callback/codecs'
 * FileHashCodeJob.decode({ Tag: 'FileHashCode', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'FileHashCode', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface FileHashCodeJob extends Job<'FileHashCode', FileHashCodeOperation> {}
/** `FileHashCodeJob` as it is on the wire. */
export interface FileHashCodeJobWire extends JobWire<'FileHashCode', FileHashCodeOperationWire> {}
export const FileHashCodeJob: JobCodec<FileHashCodeJob, FileHashCodeJobWire> = defineJob(
  'FileHashCode',
  FileHashCodeOperation,
  {
    resultNode: 'FileHashCodeResult',
  },
)
