import { jobPairOf } from '../../support/job-of'

describe('FileUncompress jobs', () => {
  it('types the config (one selected key kept a list) and the result, in XML and JSON', () => {
    for (const job of jobPairOf('constructed/file-uncompress/selection', 'FileUncompress')) {
      expect(job.Operation.FileUncompressConfig).toStrictEqual({
        DownloadConfig: { Key: ['docs/a.txt'], Prefix: 'docs/' },
        Mode: 'Overwrite',
        Prefix: 'unzipped/',
        PrefixReplaced: '1',
      })
      // FileCount stays text: the Go SDK types it a string.
      expect(job.Operation.FileUncompressResult).toStrictEqual({
        Bucket: 'examplebucket-1250000000',
        FileCount: '1',
        Region: 'ap-guangzhou',
      })
    }
  })
})
