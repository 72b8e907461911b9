import { jobPairOf } from '../../support/job-of'

describe('SplitVideoParts jobs', () => {
  it('keeps a single part a list, in XML and JSON', () => {
    for (const job of jobPairOf('constructed/split-video-parts/one-part', 'SplitVideoParts')) {
      expect(job.Operation.SplitVideoParts).toStrictEqual({ Mode: 'SHOTDETECT' })
      expect(job.Operation.SplitVideoInfoResult).toStrictEqual({
        TimeInfo: [{ Index: '0', PartBegin: '0.000', PartEnd: '13.654' }],
      })
    }
  })

  it('lists every part in order, as text', () => {
    for (const job of jobPairOf('constructed/split-video-parts/three-parts', 'SplitVideoParts')) {
      expect(job.Operation.SplitVideoInfoResult?.TimeInfo?.map((p) => [p.Index, p.PartBegin, p.PartEnd])).toStrictEqual(
        [
          ['0', '0.000', '4.520'],
          ['1', '4.520', '9.080'],
          ['2', '9.080', '13.654'],
        ],
      )
    }
  })
})
