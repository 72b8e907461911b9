import { issuePaths, jobPairOf } from '../../support/job-of'

describe('FileHashCode jobs', () => {
  it('types the config and the hash, keeping the quoted ETag verbatim, in XML and JSON', () => {
    for (const job of jobPairOf('constructed/file-hash-code/md5', 'FileHashCode')) {
      expect(job.Operation.FileHashCodeConfig).toStrictEqual({ AddToHeader: true, Type: 'MD5' })
      expect(job.Operation.FileHashCodeResult).toStrictEqual({
        Etag: '"2db78d168edf2f883adce89a1b4ca033"',
        FileSize: 1424687,
        LastModified: '2024-03-12T02:20:58.000Z',
        MD5: '2db78d168edf2f883adce89a1b4ca033',
      })
    }
  })

  it('rejects an AddToHeader that is not a boolean, at its path', () => {
    const base = { JobId: 'f1', CreationTime: '2024-03-12T10:21:05+0800', Tag: 'FileHashCode' }
    expect(issuePaths({ ...base, Operation: { FileHashCodeConfig: { AddToHeader: '1' } } })).toStrictEqual([
      'Operation.FileHashCodeConfig.AddToHeader',
    ])
  })
})
