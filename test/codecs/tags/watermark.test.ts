import * as E from 'fp-ts/lib/Either.js'
import { WatermarkJob } from '../../../src/codecs/tags/watermark'
import { parseCallback } from '../../../src/parse-callback'
import { sample } from '../../support/samples'
import { bothFormats, jobOf } from './media-support'

describe('Watermark job', () => {
  it.each(bothFormats('constructed/watermark/text-and-image'))(
    '%s: a text and an image watermark are typed, with the output file and its media info',
    (name) => {
      const job = jobOf(name)
      if (job.Tag !== 'Watermark') throw new Error(`unexpected Tag ${job.Tag}`)
      expect(job.State).toBe('Success')
      expect(job.StartTime).toStrictEqual(new Date('2024-05-20T06:03:12Z'))
      const op = job.Operation
      expect(op.Watermark).toStrictEqual([
        {
          Dx: 128,
          Dy: 128,
          EndTime: 100.5,
          LocMode: 'Absolute',
          Pos: 'TopRight',
          StartTime: 0,
          Text: {
            FontColor: '0xF0F8F0',
            FontSize: 30,
            FontType: 'simfang.ttf',
            Text: 'Watermark content',
            Transparency: 30,
          },
          Type: 'Text',
        },
        {
          Dx: 10,
          Dy: 10,
          EndTime: 100.5,
          Image: {
            Background: false,
            Mode: 'Proportion',
            Transparency: 100,
            Url: 'http://examplebucket-1250000000.ci.ap-chongqing.myqcloud.com/shuiyin_2.png',
            Width: 10,
          },
          LocMode: 'Relativity',
          Pos: 'BottomLeft',
          SlideConfig: { SlideMode: 'ScrollFromLeft', XSlideSpeed: '2', YSlideSpeed: '0' },
          StartTime: 0,
          Type: 'Image',
        },
      ])
      expect(op.WatermarkTemplateId).toBeUndefined()
      expect(op.Output).toStrictEqual({
        Bucket: 'examplebucket-1250000000',
        Object: 'output/watermark/demo.mp4',
        Region: 'ap-chongqing',
      })
      expect(op.UserData).toBe('This is my data.')
      expect(op.JobLevel).toBe(0)
      expect(op.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['output/watermark/demo.mp4'])
      expect(op.MediaInfo?.Stream?.Video?.[0]?.Width).toBe(1280)
    },
  )

  it.each(bothFormats('constructed/watermark/template'))(
    '%s: one template id and one watermark are one-item lists in XML and JSON alike',
    (name) => {
      const job = jobOf(name)
      if (job.Tag !== 'Watermark') throw new Error(`unexpected Tag ${job.Tag}`)
      expect(job.Operation.WatermarkTemplateId).toStrictEqual(['t1318c5f428d474afba1797f84091cbe22'])
      expect(job.Operation.Watermark?.map((w) => [w.Type, w.Text?.Text, w.StartTime, w.EndTime])).toStrictEqual([
        ['Text', 'helloworld', 5, 20],
      ])
      expect(job.Operation.JobLevel).toBe(1)
    },
  )
})

describe('Watermark job: failures and round trip', () => {
  const xml = sample('constructed/watermark/text-and-image.xml').bytes.toString('utf8')

  it('a wrong watermark value is an InvalidPayload at its path, with its line', () => {
    const body = xml.replace('<FontSize>30</FontSize>', '<FontSize>big</FontSize>')
    const result = parseCallback(body, undefined, { invalidFields: 'reject' })
    if (E.isRight(result) || result.left._tag !== 'InvalidPayload') throw new Error('expected an InvalidPayload')
    expect(result.left.issues.map((i) => [i.path, i.received])).toStrictEqual([
      ['JobsDetail[0].Operation.Watermark[0].Text.FontSize', '"big"'],
    ])
    expect(result.left.issues[0]?.line).toBe(xml.split('\n').findIndex((l) => l.includes('<FontSize>30')) + 1)
    // By default the invalid optional value is left out and reported, the rest of the job kept.
    const graded = parseCallback(body)
    if (E.isLeft(graded) || graded.right.EventName !== 'TaskFinish') throw new Error('expected a TaskFinish')
    const [job] = graded.right.JobsDetail
    if (job?.Tag !== 'Watermark') throw new Error('expected a Watermark job')
    expect(job.Operation.Watermark?.[0]?.Text).toStrictEqual({
      FontColor: '0xF0F8F0',
      FontType: 'simfang.ttf',
      Text: 'Watermark content',
      Transparency: 30,
    })
    expect(graded.right.Dropped?.map((d) => d.path)).toStrictEqual([
      'JobsDetail[0].Operation.Watermark[0].Text.FontSize',
    ])
  })

  it('the decoded job encodes back to the wire form and decodes to the same value', () => {
    const job = jobOf('constructed/watermark/text-and-image.xml')
    if (job.Tag !== 'Watermark') throw new Error(`unexpected Tag ${job.Tag}`)
    const wire = WatermarkJob.encode(job)
    expect(wire.Tag).toBe('Watermark')
    expect(wire.Operation.Watermark?.[1]?.Image?.Width).toBe('10')
    expect(WatermarkJob.decode(wire)).toStrictEqual(E.right(job))
  })

  it('a job with another Tag is not a Watermark job', () => {
    expect(WatermarkJob.is(jobOf('constructed/transcode/full-echo.xml'))).toBe(false)
    const job = jobOf('constructed/watermark/template.xml')
    if (job.Tag !== 'Watermark') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(WatermarkJob.is(job)).toBe(true)
    expect(E.isLeft(WatermarkJob.decode({ ...WatermarkJob.encode(job), Tag: 'Transcode' }))).toBe(true)
  })
})
