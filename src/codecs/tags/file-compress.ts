import * as t from 'io-ts'
import { IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * One `FileCompressConfig.PrefixConfig` entry (Go SDK): a folder to pack.
 *
 * @example
 * import { FileCompressPrefixConfig } from 'tencent-ci-callback/codecs'
 * FileCompressPrefixConfig.is({ Prefix: 'photos/', Folder: 'album' }) // true
 */
export const FileCompressPrefixConfig = partial(
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
/** The static type of the `FileCompressPrefixConfig` codec. */
export type FileCompressPrefixConfig = t.TypeOf<typeof FileCompressPrefixConfig>

/**
 * One `FileCompressConfig.KeyConfig` entry (Go SDK): an object to pack.
 *
 * @example
 * import { FileCompressKeyConfig } from 'tencent-ci-callback/codecs'
 * FileCompressKeyConfig.is({ Key: 'a.jpg', Rename: 'b.jpg' }) // true
 */
export const FileCompressKeyConfig = partial(
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
/** The static type of the `FileCompressKeyConfig` codec. */
export type FileCompressKeyConfig = t.TypeOf<typeof FileCompressKeyConfig>

/**
 * `Operation.FileCompressConfig`: what was packed, echoed from the request.
 *
 * @example
 * import { FileCompressConfig } from 'tencent-ci-callback/codecs'
 * FileCompressConfig.is({ Flatten: '0', Format: 'zip', Key: ['a.jpg', 'b.jpg'] }) // true
 */
export const FileCompressConfig = partial(
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
/** The static type of the `FileCompressConfig` codec. */
export type FileCompressConfig = t.TypeOf<typeof FileCompressConfig>

/**
 * `FileCompressResult.ErrorDetail` (Go SDK): the objects that could not be packed.
 *
 * @example
 * import { FileCompressErrorDetail } from 'tencent-ci-callback/codecs'
 * FileCompressErrorDetail.is({ ErrorCount: '1', ErrorFile: ['missing.jpg'] }) // true
 */
export const FileCompressErrorDetail = partial(
  {
    /** Number of objects that failed, as text (the Go SDK types it a string here, `int` one level up). */
    ErrorCount: t.string,
    /** Keys of the objects that failed, always a list. */
    ErrorFile: t.array(t.string),
  },
  'FileCompressErrorDetail',
)
/** The static type of the `FileCompressErrorDetail` codec. */
export type FileCompressErrorDetail = t.TypeOf<typeof FileCompressErrorDetail>

/**
 * `Operation.FileCompressResult`: the archive written.
 *
 * @example
 * import { FileCompressResult } from 'tencent-ci-callback/codecs'
 * FileCompressResult.decode({ Bucket: 'b-1', Region: 'ap-chongqing', Object: 'out.zip', CompressFileCount: '2' })
 * // Right({ Bucket: 'b-1', Region: 'ap-chongqing', Object: 'out.zip', CompressFileCount: 2 })
 */
export const FileCompressResult = partial(
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
/** The static type of the `FileCompressResult` codec. */
export type FileCompressResult = t.TypeOf<typeof FileCompressResult>

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
/**
 * The io-ts codec for `FileCompressOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { FileCompressOperation } from 'tencent-ci-callback/codecs'
 * FileCompressOperation.decode({ FileCompressResult: { ErrorCount: '0' } }) // Right({ FileCompressResult: { ErrorCount: 0 } })
 */
export const FileCompressOperation: t.Type<FileCompressOperation, FileCompressOperationWire, unknown> =
  FileCompressOperationC

const FileCompressJobC = defineJob('FileCompress', FileCompressOperation)

/**
 * A finished FileCompress (multi-file packing) job, as `JobsDetail` carries it.
 *
 * @example
 * import { FileCompressJob } from 'tencent-ci-callback/codecs'
 * // FileCompressJob.decode(tree) where tree is one normalised JobsDetail element
 */
export interface FileCompressJob extends t.TypeOf<typeof FileCompressJobC> {}
/** `FileCompressJob` as it is on the wire. */
export interface FileCompressJobWire extends t.OutputOf<typeof FileCompressJobC> {}
/**
 * The io-ts codec for `FileCompressJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { FileCompressJob } from 'tencent-ci-callback/codecs'
 * FileCompressJob.is(job) // true for a decoded FileCompress job
 */
export const FileCompressJob: JobCodec<'FileCompress', FileCompressJob, FileCompressJobWire> = FileCompressJobC
