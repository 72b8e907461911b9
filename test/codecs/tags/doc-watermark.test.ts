import { jobPairOf } from '../../support/job-of'

describe('DocWatermark jobs', () => {
  it('types the watermark parameters and the result, in XML and JSON', () => {
    for (const job of jobPairOf('constructed/doc-watermark/image', 'DocWatermark')) {
      expect(job.Operation.DocWatermark).toStrictEqual({
        Dx: '10',
        Dy: '10',
        Image: 'https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/logo.png',
        SrcType: 'pdf',
        Type: '1',
      })
      expect(job.Operation.DocWatermarkResult).toStrictEqual({
        Etag: '"9e107d9d372bb6826bd81d3542a419d6"',
        Size: 204800,
        TotalPageCount: 3,
      })
      expect(job.Operation.Output?.Object).toBe('output/contract-watermarked.pdf')
    }
  })
})
