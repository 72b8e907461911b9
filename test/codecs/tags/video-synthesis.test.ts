import { bothFormats, jobOf } from './media-support'

describe('VideoSynthesis job', () => {
  it.each(bothFormats('constructed/video-synthesis/echo'))('%s: SpliceInfo is an array of one', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'VideoSynthesis') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.Operation.VideoSynthesis).toStrictEqual({
      KeepAudioTrack: false,
      SpliceInfo: [
        {
          Height: 360,
          Url: 'https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/clips/camera.mp4',
          Width: 640,
          X: 640,
          Y: 360,
        },
      ],
    })
  })
})
