import * as t from 'io-ts'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `FileUncompressConfig.DownloadConfig` (Go SDK): a selection of the archive's entries to extract.
 *
 * @example
 * import { FileUncompressDownloadConfig } from 'tencent-ci-callback/codecs'
 * FileUncompressDownloadConfig.is({ Prefix: 'docs/', Key: ['docs/a.txt'] }) // true
 */
export const FileUncompressDownloadConfig = partial(
  {
    /** Extract only entries under this path. */
    Prefix: t.string,
    /** Extract only these entries, always a list. */
    Key: t.array(t.string),
  },
  'FileUncompressDownloadConfig',
)
/** The static type of the `FileUncompressDownloadConfig` codec. */
export type FileUncompressDownloadConfig = t.TypeOf<typeof FileUncompressDownloadConfig>

/**
 * `Operation.FileUncompressConfig`: how the archive was extracted, echoed from the request.
 *
 * @example
 * import { FileUncompressConfig } from 'tencent-ci-callback/codecs'
 * FileUncompressConfig.is({ Prefix: 'unzipped/', PrefixReplaced: '1', Mode: 'Overwrite' }) // true
 */
export const FileUncompressConfig = partial(
  {
    /** Key prefix the entries were written under. */
    Prefix: t.string,
    /** Whether the archive's own top folder was replaced by `Prefix`: `0` or `1` (text). */
    PrefixReplaced: t.string,
    /** Password of the archive, as sent. */
    UnCompressKey: t.string,
    /** What happens to existing keys: `Overwrite`, `Skip`… (text). */
    Mode: t.string,
    /** Which entries were extracted (Go SDK). */
    DownloadConfig: FileUncompressDownloadConfig,
  },
  'FileUncompressConfig',
)
/** The static type of the `FileUncompressConfig` codec. */
export type FileUncompressConfig = t.TypeOf<typeof FileUncompressConfig>

/**
 * `Operation.FileUncompressResult`: where the entries were written.
 *
 * @example
 * import { FileUncompressResult } from 'tencent-ci-callback/codecs'
 * FileUncompressResult.is({ Bucket: 'b-1', Region: 'ap-chongqing', FileCount: '12' }) // true
 */
export const FileUncompressResult = partial(
  {
    /** Region written to. */
    Region: t.string,
    /** Bucket written to. */
    Bucket: t.string,
    /** Number of entries extracted, as text (the Go SDK types it a string). */
    FileCount: t.string,
  },
  'FileUncompressResult',
)
/** The static type of the `FileUncompressResult` codec. */
export type FileUncompressResult = t.TypeOf<typeof FileUncompressResult>

const FileUncompressOperationC = jobOperation('FileUncompressOperation', {
  /** How the archive was extracted. */
  FileUncompressConfig: FileUncompressConfig,
  /** Where the entries were written: the job's result. */
  FileUncompressResult: FileUncompressResult,
})

/**
 * `Operation` of a FileUncompress job: the shared nodes plus `FileUncompressConfig` and
 * `FileUncompressResult`. The keys extracted are not listed (only their count).
 *
 * @example
 * import { FileUncompressOperation } from 'tencent-ci-callback/codecs'
 * FileUncompressOperation.decode({ FileUncompressResult: { FileCount: '12' } }) // Right({ FileUncompressResult: { FileCount: '12' } })
 */
export interface FileUncompressOperation extends t.TypeOf<typeof FileUncompressOperationC> {}
/** `FileUncompressOperation` as it is on the wire. */
export interface FileUncompressOperationWire extends t.OutputOf<typeof FileUncompressOperationC> {}
/**
 * The io-ts codec for `FileUncompressOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { FileUncompressOperation } from 'tencent-ci-callback/codecs'
 * FileUncompressOperation.decode({ FileUncompressResult: { FileCount: '12' } }) // Right({ FileUncompressResult: { FileCount: '12' } })
 */
export const FileUncompressOperation: t.Type<FileUncompressOperation, FileUncompressOperationWire, unknown> =
  FileUncompressOperationC

const FileUncompressJobC = defineJob('FileUncompress', FileUncompressOperation)

/**
 * A finished FileUncompress (archive extraction) job, as `JobsDetail` carries it.
 *
 * @example
 * import { FileUncompressJob } from 'tencent-ci-callback/codecs'
 * // FileUncompressJob.decode(tree) where tree is one normalised JobsDetail element
 */
export interface FileUncompressJob extends t.TypeOf<typeof FileUncompressJobC> {}
/** `FileUncompressJob` as it is on the wire. */
export interface FileUncompressJobWire extends t.OutputOf<typeof FileUncompressJobC> {}
/**
 * The io-ts codec for `FileUncompressJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { FileUncompressJob } from 'tencent-ci-callback/codecs'
 * FileUncompressJob.is(job) // true for a decoded FileUncompress job
 */
export const FileUncompressJob: JobCodec<'FileUncompress', FileUncompressJob, FileUncompressJobWire> =
  FileUncompressJobC
