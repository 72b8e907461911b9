import { bothFormats, jobOf } from './media-support'

describe('Animation job', () => {
  it.each(bothFormats('constructed/animation/echo'))('%s: the Animation echo is typed', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'Animation') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.Operation.Animation).toStrictEqual({
      Container: { Format: 'gif' },
      TimeInterval: { Duration: 10, Start: 1.5 },
      Video: { AnimateTimeIntervalOfFrame: 0.5, Codec: 'gif', Fps: '15', Quality: 90, Width: 320 },
    })
    expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['output/animation/demo.gif'])
  })

  it.each(['reference/animation/sample-1.xml', ...bothFormats('reference/animation/sample-2')])(
    '%s: the documented sample decodes as an Animation job',
    (name) => {
      const job = jobOf(name)
      if (job.Tag !== 'Animation') throw new Error(`unexpected Tag ${job.Tag}`)
      expect(job.Operation.TemplateName).toBe('template_name1512456')
      expect(job.Operation.Output?.Object).toBe('output/animation.gif')
      expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['output/animation.gif'])
    },
  )
})
