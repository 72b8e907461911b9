import * as E from 'fp-ts/lib/Either.js'
import { QualityEstimate } from '../../../src/codecs/tags/quality-estimate'
import { parseCallback } from '../../../src/parse-callback'
import { sample } from '../../support/samples'
import { taskFinish } from '../../support/callbacks'
import { toTencentJson, toXml } from '../../support/wire'

const qualityJob = (name: string) => {
  const job = taskFinish(parseCallback(sample(name).bytes)).JobsDetail[0]
  if (job?.Tag !== 'QualityEstimate') throw new Error(`expected a QualityEstimate job in ${name}`)
  return job
}

describe('QualityEstimate', () => {
  it.each(['reference/quality-estimate/sample-1.xml', 'reference/quality-estimate/sample-1.json'])(
    'decodes the score of %s as a number, with the input MediaInfo and an empty MediaResult',
    (name) => {
      const op = qualityJob(name).Operation
      expect(op.QualityEstimate).toStrictEqual({ Score: 6.460358 })
      expect(op.MediaInfo?.Stream?.Video?.[0]?.Height).toBe(960)
      // `<MediaResult><OutputFile/></MediaResult>` / `"MediaResult": {}`: nothing written.
      expect(op.MediaResult?.OutputFile).toBeUndefined()
      expect(op.UserData).toBe('This is my QualityEstimate job.')
    },
  )

  it.each(['constructed/quality-estimate/vqa-plus.xml', 'constructed/quality-estimate/vqa-plus.json'])(
    'decodes the detailed analysis of %s: booleans, and lists of one item as arrays',
    (name) => {
      const op = qualityJob(name).Operation
      expect(op.QualityEstimateConfig).toStrictEqual({ Mode: 'Default', Rotate: '0' })
      const vqa = op.QualityEstimate?.VqaPlusResult
      expect(vqa?.NoAudio).toBe(false)
      expect(vqa?.NoVideo).toBe(false)
      expect(vqa?.DetailedResult?.[0]).toStrictEqual({
        Type: 'Blur',
        Items: [{ Confidence: 86, StartTimeOffset: 3.2, EndTimeOffset: 5.8, AreaCoordSet: [0, 0, 1280, 720] }],
      })
      expect(vqa?.DetailedResult?.[1]?.Items?.map((i) => i.AreaCoordSet)).toStrictEqual([
        [0, 0, 1280, 88],
        [0, 632, 1280, 720],
      ])
    },
  )

  it('refuses a score that is not a number', () => {
    expect(E.isLeft(QualityEstimate.decode({ Score: 'N/A' }))).toBe(true)
    expect(QualityEstimate.decode({ Score: '10' })).toStrictEqual(E.right({ Score: 10 }))
  })

  const oneDefect = {
    EventName: 'TaskFinish',
    JobsDetail: {
      Tag: 'QualityEstimate',
      JobId: 'j1',
      CreationTime: '2024-03-12T09:41:05+0800',
      Operation: {
        QualityEstimate: { VqaPlusResult: { DetailedResult: { Type: 'Noise', Items: { AreaCoordSet: '7' } } } },
      },
    },
  }

  it.each([
    ['XML', toXml(oneDefect)],
    ['JSON', toTencentJson(oneDefect)],
  ])('makes one defect type, one item and one coordinate lists (%s)', (_format, body) => {
    const job = taskFinish(parseCallback(body)).JobsDetail[0]
    if (job?.Tag !== 'QualityEstimate') throw new Error('expected a QualityEstimate job')
    expect(job.Operation.QualityEstimate?.VqaPlusResult?.DetailedResult).toStrictEqual([
      { Type: 'Noise', Items: [{ AreaCoordSet: [7] }] },
    ])
  })
})
