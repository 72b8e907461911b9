import { issuePaths, jobPairOf } from '../../support/job-of'

describe('FileCompress jobs', () => {
  it('types the config and the archive written; no Input; one-item lists stay lists in XML and JSON', () => {
    for (const job of jobPairOf('constructed/file-compress/zip', 'FileCompress')) {
      expect(job.Input).toBeUndefined()
      expect(job.Operation.FileCompressConfig).toStrictEqual({
        Flatten: '0',
        Format: 'zip',
        Key: ['photos/cover.jpg'],
        KeyConfig: [{ Key: 'docs/readme.txt', Rename: 'README.txt' }],
        PrefixConfig: [{ Folder: 'album', Prefix: 'photos/2024/' }],
      })
      expect(job.Operation.FileCompressResult).toStrictEqual({
        Bucket: 'examplebucket-1250000000',
        CompressFileCount: 41,
        ErrorCount: 1,
        ErrorDetail: { ErrorCount: '1', ErrorFile: ['photos/2024/missing.jpg'] },
        Object: 'archives/photos.zip',
        Region: 'ap-guangzhou',
      })
    }
  })

  it('rejects a count that is not a whole number, at its path', () => {
    const base = { JobId: 'f1', CreationTime: '2024-03-12T10:21:05+0800', Tag: 'FileCompress' }
    expect(issuePaths({ ...base, Operation: { FileCompressResult: { CompressFileCount: 'many' } } })).toStrictEqual([
      'Operation.FileCompressResult.CompressFileCount',
    ])
  })
})
