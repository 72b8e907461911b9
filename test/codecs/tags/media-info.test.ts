import { jobOf } from '../../support/job-of'

describe('MediaInfo jobs', () => {
  it("types the input's media information (Tencent's sample)", () => {
    for (const name of ['reference/media-info/sample-1.xml', 'reference/media-info/sample-1.json']) {
      const job = jobOf(name, 'MediaInfo')
      const info = job.Operation.MediaInfo
      expect(info?.Format).toStrictEqual({
        Bitrate: 834.736,
        Duration: 13.654,
        FormatLongName: 'QuickTime / MOV',
        FormatName: 'mov,mp4,m4a,3gp,3g2,mj2',
        NumProgram: 0,
        NumStream: 2,
        Size: 1424687,
        StartTime: 0,
      })
      const video = info?.Stream?.Video ?? []
      expect(video.map((v) => [v.Width, v.Height, v.CodecName, v.NumFrames, v.CodecTag])).toStrictEqual([
        [544, 960, 'h264', 324, '0x31637661'],
      ])
      expect(info?.Stream?.Audio?.map((a) => [a.Index, a.SampleRate, a.Language])).toStrictEqual([[1, 44100, 'und']])
      expect(job.Operation.UserData).toBe('This is my MediaInfo job.')
    }
  })
})
