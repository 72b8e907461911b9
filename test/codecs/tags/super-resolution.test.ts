import { bothFormats, jobOf } from './media-support'

describe('SuperResolution job', () => {
  it.each([
    'reference/super-resolution/sample-1.xml',
    'reference/super-resolution/sample-2.xml',
    'reference/super-resolution/sample-3.json',
  ])('%s: the digital watermark failed while the job succeeded', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'SuperResolution') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.State).toBe('Success')
    expect(job.SubTag).toBe('DigitalWatermark')
    expect(job.Operation.DigitalWatermark).toStrictEqual({
      IgnoreError: false,
      Message: '123456789ab',
      State: 'Failed',
      Type: 'Text',
      Version: 'V1',
    })
    expect(job.Operation.WatermarkTemplateId).toStrictEqual([
      't143ae6e040af6431aa772c9ec3f0a3f36',
      't12a74d11687d444deba8a6cc52051ac27',
    ])
    expect(job.Operation.TranscodeTemplateId).toBe('t156c107210e7243c5817354565d81b578')
  })

  it.each(bothFormats('constructed/super-resolution/echo'))('%s: the SuperResolution echo is typed', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'SuperResolution') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.Operation.SuperResolution).toStrictEqual({
      EnableScaleUp: true,
      Resolution: 'sdtohd',
      Version: 'Enhance',
    })
    expect(job.Operation.Transcode).toStrictEqual({
      Container: { Format: 'mp4' },
      Video: { Codec: 'H.265', Width: 1920 },
    })
  })
})
