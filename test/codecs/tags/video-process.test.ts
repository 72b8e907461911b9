import { bothFormats, jobOf } from './media-support'

describe('VideoProcess job', () => {
  it.each(bothFormats('constructed/video-process/echo'))('%s: ColorEnhance and MsSharpen are typed', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'VideoProcess') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.Operation.VideoProcess).toStrictEqual({
      ColorEnhance: { Contrast: 50, Correction: 40, Enable: true, Saturation: 60 },
      MsSharpen: { Enable: true, SharpenLevel: 5 },
    })
    expect(job.Operation.WatermarkTemplateId).toStrictEqual(['t143ae6e040af6431aa772c9ec3f0a3f36'])
    expect(job.Operation.DigitalWatermark?.IgnoreError).toBe(false)
    expect(job.SubTag).toBe('DigitalWatermark')
  })

  it.each(['reference/video-process/sample-1.xml', ...bothFormats('reference/video-process/sample-2')])(
    '%s: the documented sample decodes as a VideoProcess job',
    (name) => {
      const job = jobOf(name)
      if (job.Tag !== 'VideoProcess') throw new Error(`unexpected Tag ${job.Tag}`)
      expect(job.Operation.TranscodeTemplateId).toBe('t156c107210e7243c5817354565d81b578')
      expect(job.Operation.TemplateName).toBe('videoProcess_12654')
    },
  )
})
