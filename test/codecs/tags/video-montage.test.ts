import { bothFormats, jobOf } from './media-support'

describe('VideoMontage job', () => {
  it.each(bothFormats('constructed/video-montage/echo'))('%s: the VideoMontage echo is typed', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'VideoMontage') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.Operation.VideoMontage).toStrictEqual({
      Audio: { Bitrate: 128, Channels: 2, Codec: 'aac', Samplerate: 44100 },
      AudioMixArray: [
        {
          AudioSource: 'https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/audio/bgm.mp3',
          MixMode: 'Once',
          Replace: true,
        },
      ],
      Container: { Format: 'mp4' },
      Duration: 30,
      Scene: 'Video',
      Video: { Bitrate: 1000, Codec: 'H.264', Crf: 25, Fps: '25', Height: 720, Width: 1280 },
    })
  })

  it.each(['reference/video-montage/sample-1.xml', ...bothFormats('reference/video-montage/sample-2')])(
    '%s: the documented sample decodes as a VideoMontage job',
    (name) => {
      const job = jobOf(name)
      if (job.Tag !== 'VideoMontage') throw new Error(`unexpected Tag ${job.Tag}`)
      expect(job.Operation.TemplateName).toBe('videoMontage')
      expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['output/videoMontage.mp4'])
    },
  )
})
