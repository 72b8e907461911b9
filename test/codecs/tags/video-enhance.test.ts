import { bothFormats, jobOf } from './media-support'

describe('VideoEnhance job', () => {
  it.each(bothFormats('constructed/video-enhance/echo'))('%s: every enhancement step is typed', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'VideoEnhance') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.Operation.VideoEnhance).toStrictEqual({
      ColorEnhance: { Contrast: 30, Correction: 20, Enable: true, Saturation: 40 },
      FrameEnhance: { FrameDoubling: true },
      MsSharpen: { Enable: true, SharpenLevel: 3 },
      SDRtoHDR: { HdrMode: 'HLG' },
      SuperResolution: { EnableScaleUp: true, Resolution: 'sdtohd', Version: 'Enhance' },
      Transcode: {
        Audio: { Bitrate: 128, Channels: 2, Codec: 'aac', Samplerate: 44100 },
        Container: { Format: 'mp4' },
        Video: { Codec: 'H.265', Fps: '60', Height: 1080, Width: 1920 },
      },
    })
    expect(job.Operation.TemplateName).toBe('enhance_1080p')
    expect(job.Operation.MediaResult?.OutputFile?.Md5Info).toStrictEqual([
      { Md5: '9f1d2c3b4a5e6f708192a3b4c5d6e7f8', ObjectName: 'output/video-enhance/demo.mp4' },
    ])
  })
})
