import * as t from 'io-ts'
import { IntegerFromWire } from '../kit/scalars'
import { outputAt } from '../../job-helpers/job-output'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const FileCompressPrefixConfigC = partial(
  {
    /** Key prefix of the objects packed. */
    Prefix: t.string,
    /** Folder they go to inside the archive. */
    Folder: t.string,
    /** Image-processing parameters applied to images before packing. */
    ImageParams: t.string,
  },
  'FileCompressPrefixConfig',
)
/**
 * One `FileCompressConfig.PrefixConfig` entry (Go SDK): a folder to pack.
 *
 * @example
 * import { FileCompressPrefixConfig } from 'tencent-ci-callback/codecs'
 * FileCompressPrefixConfig.is({ Prefix: 'photos/', Folder: 'album' }) // true
 */
export interface FileCompressPrefixConfig extends t.TypeOf<typeof FileCompressPrefixConfigC> {}
/** `FileCompressPrefixConfig` as it is on the wire. */
export interface FileCompressPrefixConfigWire extends t.OutputOf<typeof FileCompressPrefixConfigC> {}
export const FileCompressPrefixConfig: t.Type<FileCompressPrefixConfig, FileCompressPrefixConfigWire> =
  FileCompressPrefixConfigC

const FileCompressKeyConfigC = partial(
  {
    /** Key of the object packed. */
    Key: t.string,
    /** Folder it goes to inside the archive. */
    Folder: t.string,
    /** Name it gets inside the archive. */
    Rename: t.string,
    /** Image-processing parameters applied before packing. */
    ImageParams: t.string,
  },
  'FileCompressKeyConfig',
)
/**
 * One `FileCompressConfig.KeyConfig` entry (Go SDK): an object to pack.
 *
 * @example
 * import { FileCompressKeyConfig } from 'tencent-ci-callback/codecs'
 * FileCompressKeyConfig.is({ Key: 'a.jpg', Rename: 'b.jpg' }) // true
 */
export interface FileCompressKeyConfig extends t.TypeOf<typeof FileCompressKeyConfigC> {}
/** `FileCompressKeyConfig` as it is on the wire. */
export interface FileCompressKeyConfigWire extends t.OutputOf<typeof FileCompressKeyConfigC> {}
export const FileCompressKeyConfig: t.Type<FileCompressKeyConfig, FileCompressKeyConfigWire> = FileCompressKeyConfigC

const FileCompressConfigC = partial(
  {
    /** Whether the archive drops the source folders: `0` keep, `1` flatten (text). */
    Flatten: t.string,
    /** Archive format: `zip`, `tar` or `tar.gz` (text). */
    Format: t.string,
    /** Archive type option (Go SDK), text. */
    Type: t.string,
    /** Key of an index file listing URLs to pack. */
    UrlList: t.string,
    /** Key prefix: every object under it is packed. */
    Prefix: t.string,
    /** Keys of the objects packed, always a list. */
    Key: t.array(t.string),
    /** Folders packed, with their options; always a list. */
    PrefixConfig: t.array(FileCompressPrefixConfig),
    /** Objects packed, with their options; always a list. */
    KeyConfig: t.array(FileCompressKeyConfig),
    /** Password of the archive (Go SDK), as sent. */
    CompressKey: t.string,
    /** Whether objects that could not be read were skipped (Go SDK), text. */
    IgnoreError: t.string,
  },
  'FileCompressConfig',
)
/**
 * `Operation.FileCompressConfig`: what was packed, echoed from the request.
 *
 * @example
 * import { FileCompressConfig } from 'tencent-ci-callback/codecs'
 * FileCompressConfig.is({ Flatten: '0', Format: 'zip', Key: ['a.jpg', 'b.jpg'] }) // true
 */
export interface FileCompressConfig extends t.TypeOf<typeof FileCompressConfigC> {}
/** `FileCompressConfig` as it is on the wire. */
export interface FileCompressConfigWire extends t.OutputOf<typeof FileCompressConfigC> {}
export const FileCompressConfig: t.Type<FileCompressConfig, FileCompressConfigWire> = FileCompressConfigC

const FileCompressErrorDetailC = partial(
  {
    /** Number of objects that failed, as text (the Go SDK types it a string here, `int` one level up). */
    ErrorCount: t.string,
    /** Keys of the objects that failed, always a list. */
    ErrorFile: t.array(t.string),
  },
  'FileCompressErrorDetail',
)
/**
 * `FileCompressResult.ErrorDetail` (Go SDK): the objects that could not be packed.
 *
 * @example
 * import { FileCompressErrorDetail } from 'tencent-ci-callback/codecs'
 * FileCompressErrorDetail.is({ ErrorCount: '1', ErrorFile: ['missing.jpg'] }) // true
 */
export interface FileCompressErrorDetail extends t.TypeOf<typeof FileCompressErrorDetailC> {}
/** `FileCompressErrorDetail` as it is on the wire. */
export interface FileCompressErrorDetailWire extends t.OutputOf<typeof FileCompressErrorDetailC> {}
export const FileCompressErrorDetail: t.Type<FileCompressErrorDetail, FileCompressErrorDetailWire> =
  FileCompressErrorDetailC

const FileCompressResultC = partial(
  {
    /** Region of the archive. */
    Region: t.string,
    /** Bucket of the archive. */
    Bucket: t.string,
    /** Key of the archive. */
    Object: t.string,
    /** Number of objects packed. */
    CompressFileCount: IntegerFromWire,
    /** Number of objects that could not be packed. */
    ErrorCount: IntegerFromWire,
    /** Which objects could not be packed. */
    ErrorDetail: FileCompressErrorDetail,
  },
  'FileCompressResult',
)
/**
 * `Operation.FileCompressResult`: the archive written.
 *
 * @example
 * import { FileCompressResult } from 'tencent-ci-callback/codecs'
 * FileCompressResult.decode({ Bucket: 'b-1', Region: 'ap-chongqing', Object: 'out.zip', CompressFileCount: '2' })
 * // Right({ Bucket: 'b-1', Region: 'ap-chongqing', Object: 'out.zip', CompressFileCount: 2 })
 */
export interface FileCompressResult extends t.TypeOf<typeof FileCompressResultC> {}
/** `FileCompressResult` as it is on the wire. */
export interface FileCompressResultWire extends t.OutputOf<typeof FileCompressResultC> {}
export const FileCompressResult: t.Type<FileCompressResult, FileCompressResultWire> = FileCompressResultC

const FileCompressOperationC = jobOperation('FileCompressOperation', {
  /** What was packed. */
  FileCompressConfig: FileCompressConfig,
  /** The archive written: the job's result. */
  FileCompressResult: FileCompressResult,
})

/**
 * `Operation` of a FileCompress (multi-file packing) job: the shared nodes plus `FileCompressConfig` and
 * `FileCompressResult`. A FileCompress job has no `JobsDetail.Input`.
 *
 * @example
 * import { FileCompressOperation } from 'tencent-ci-callback/codecs'
 * FileCompressOperation.decode({ FileCompressResult: { ErrorCount: '0' } }) // Right({ FileCompressResult: { ErrorCount: 0 } })
 */
export interface FileCompressOperation extends t.TypeOf<typeof FileCompressOperationC> {}
/** `FileCompressOperation` as it is on the wire. */
export interface FileCompressOperationWire extends t.OutputOf<typeof FileCompressOperationC> {}
export const FileCompressOperation: t.Type<FileCompressOperation, FileCompressOperationWire> = FileCompressOperationC

/**
 * A finished FileCompress (multi-file packing) job, as `JobsDetail` carries it.
 *
 * @example
 * import { FileCompressJob } from 'tencent-ci-callback/codecs'
 * FileCompressJob.decode({ Tag: 'FileCompress', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'FileCompress', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface FileCompressJob extends Job<'FileCompress', FileCompressOperation> {}
/** `FileCompressJob` as it is on the wire. */
export interface FileCompressJobWire extends JobWire<'FileCompress', FileCompressOperationWire> {}
export const FileCompressJob: JobCodec<FileCompressJob, FileCompressJobWire> = defineJob(
  'FileCompress',
  FileCompressOperation,
  {
    resultNode: 'FileCompressResult',
    // The archive written: FileCompressResult names its bucket, region and key.
    outputs: ({ Operation: { Output, FileCompressResult: result } }) => outputAt(result, Output, result?.Object),
  },
)
