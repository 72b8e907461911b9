import { bothFormats, jobOf } from './media-support'

describe('Concat job', () => {
  it.each(bothFormats('constructed/concat/fragments'))('%s: ConcatTemplate is typed, its lists are arrays', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'Concat') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.Progress).toBe(100)
    expect(job.Operation.ConcatTemplate).toStrictEqual({
      Audio: { Codec: 'mp3' },
      AudioMixArray: [
        {
          AudioSource: 'https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/audio/bgm.mp3',
          MixMode: 'Repeat',
          Replace: true,
        },
      ],
      ConcatFragment: [
        {
          EndTime: 5.5,
          Mode: 'Start',
          StartTime: 0,
          Url: 'https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/clips/intro.mp4',
        },
      ],
      Container: { Format: 'mp4' },
      DirectConcat: false,
      Index: 1,
      SceneChangeInfo: { Mode: 'GRADIENT', Time: 1 },
      Video: { Codec: 'H.264', Height: 720, Width: 1280 },
    })
  })

  it.each(['reference/concat/sample-1.xml', ...bothFormats('reference/concat/sample-2')])(
    '%s: the documented sample decodes as a Concat job',
    (name) => {
      const job = jobOf(name)
      if (job.Tag !== 'Concat') throw new Error(`unexpected Tag ${job.Tag}`)
      expect(job.Operation.TemplateId).toBe('t140325e8918ac423da53b7d78dbbab564')
      expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['output/concat.mp4'])
    },
  )
})
