import { bothFormats, jobOf } from './media-support'

describe('DigitalWatermark job', () => {
  it.each(bothFormats('reference/digital-watermark/sample-1'))('%s: the embedded watermark is typed', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'DigitalWatermark') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.SubTag).toBe('DigitalWatermark')
    expect(job.Operation.DigitalWatermark).toStrictEqual({ Message: '123456789ab', Type: 'Text', Version: 'V1' })
    expect(job.Operation.Output?.Object).toBe('output/digital.mp4')
  })
})
