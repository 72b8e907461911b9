import { bothFormats, jobOf } from './media-support'

describe('GeneratePlayList job', () => {
  it.each(bothFormats('constructed/generate-play-list/echo'))('%s: the live Transcode and two watermarks', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'GeneratePlayList') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.Operation.Transcode).toStrictEqual({
      Container: { ClipConfig: { Duration: 5 }, Format: 'hls' },
      TransConfig: { CosTag: 'source=ci&type=playlist', InitialClipNum: 2 },
      Video: { Bitrate: 1500, Codec: 'H.264', Width: 1280 },
    })
    expect(job.Operation.Watermark?.map((w) => w.Type)).toStrictEqual(['Image', 'Text'])
    expect(job.Operation.Watermark?.[0]?.Image).toStrictEqual({
      Background: false,
      Mode: 'Proportion',
      Transparency: 80,
      Url: 'https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/logo.png',
      Width: 10,
    })
    expect(job.Operation.WatermarkTemplateId).toStrictEqual([
      't1318c5f428d474afba1797f84091cbe22',
      't1318c5f428d474afba1797f84091cbe23',
    ])
  })
})
