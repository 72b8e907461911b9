import { jobPairOf } from '../../support/job-of'

describe('SegmentVideoBody jobs', () => {
  it('types the matting parameters as text (as the Go SDK does) and the file written', () => {
    for (const job of jobPairOf('constructed/segment-video-body/combination', 'SegmentVideoBody')) {
      expect(job.Operation.SegmentVideoBody).toStrictEqual({
        BackgroundBlue: '255',
        BackgroundGreen: '255',
        BackgroundRed: '255',
        BinaryThreshold: '0.3',
        Mode: 'Combination',
        RemoveBlue: '0',
        RemoveGreen: '255',
        RemoveRed: '0',
        SegmentType: 'GreenScreenSeg',
      })
      expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['output/matting.mp4'])
    }
  })
})
