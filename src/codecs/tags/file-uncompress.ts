import * as t from 'io-ts'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const FileUncompressDownloadConfigC = partial(
  {
    /** Extract only entries under this path. */
    Prefix: t.string,
    /** Extract only these entries, always a list. */
    Key: t.array(t.string),
  },
  'FileUncompressDownloadConfig',
)
/**
 * `FileUncompressConfig.DownloadConfig` (Go SDK): a selection of the archive's entries to extract.
 *
 * @example
 * import { FileUncompressDownloadConfig } from 'tencent-ci-callback/codecs'
 * FileUncompressDownloadConfig.is({ Prefix: 'docs/', Key: ['docs/a.txt'] }) // true
 */
export interface FileUncompressDownloadConfig extends t.TypeOf<typeof FileUncompressDownloadConfigC> {}
/** `FileUncompressDownloadConfig` as it is on the wire. */
export interface FileUncompressDownloadConfigWire extends t.OutputOf<typeof FileUncompressDownloadConfigC> {}
export const FileUncompressDownloadConfig: t.Type<FileUncompressDownloadConfig, FileUncompressDownloadConfigWire> =
  FileUncompressDownloadConfigC

const FileUncompressConfigC = partial(
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
/**
 * `Operation.FileUncompressConfig`: how the archive was extracted, echoed from the request.
 *
 * @example
 * import { FileUncompressConfig } from 'tencent-ci-callback/codecs'
 * FileUncompressConfig.is({ Prefix: 'unzipped/', PrefixReplaced: '1', Mode: 'Overwrite' }) // true
 */
export interface FileUncompressConfig extends t.TypeOf<typeof FileUncompressConfigC> {}
/** `FileUncompressConfig` as it is on the wire. */
export interface FileUncompressConfigWire extends t.OutputOf<typeof FileUncompressConfigC> {}
export const FileUncompressConfig: t.Type<FileUncompressConfig, FileUncompressConfigWire> = FileUncompressConfigC

const FileUncompressResultC = partial(
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
/**
 * `Operation.FileUncompressResult`: where the entries were written.
 *
 * @example
 * import { FileUncompressResult } from 'tencent-ci-callback/codecs'
 * FileUncompressResult.is({ Bucket: 'b-1', Region: 'ap-chongqing', FileCount: '12' }) // true
 */
export interface FileUncompressResult extends t.TypeOf<typeof FileUncompressResultC> {}
/** `FileUncompressResult` as it is on the wire. */
export interface FileUncompressResultWire extends t.OutputOf<typeof FileUncompressResultC> {}
export const FileUncompressResult: t.Type<FileUncompressResult, FileUncompressResultWire> = FileUncompressResultC

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
export const FileUncompressOperation: t.Type<FileUncompressOperation, FileUncompressOperationWire> =
  FileUncompressOperationC

/**
 * A finished FileUncompress (archive extraction) job, as `JobsDetail` carries it.
 *
 * @example
 * import { FileUncompressJob } from 'tencent-ci-callback/codecs'
 * FileUncompressJob.decode({ Tag: 'FileUncompress', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'FileUncompress', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface FileUncompressJob extends Job<'FileUncompress', FileUncompressOperation> {}
/** `FileUncompressJob` as it is on the wire. */
export interface FileUncompressJobWire extends JobWire<'FileUncompress', FileUncompressOperationWire> {}
export const FileUncompressJob: JobCodec<FileUncompressJob, FileUncompressJobWire> = defineJob(
  'FileUncompress',
  FileUncompressOperation,
  {
    resultNode: 'FileUncompressResult',
  },
)
