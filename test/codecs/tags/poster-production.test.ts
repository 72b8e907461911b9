import { parseCallback } from '../../../src/parse-callback'
import { sample } from '../../support/samples'
import { taskFinish } from '../../support/callbacks'

describe('PosterProduction', () => {
  it.each(['constructed/poster-production/sale.xml', 'constructed/poster-production/sale.json'])(
    'decodes %s: the template variables passed through, the poster written, the placeholder kept',
    (name) => {
      const job = taskFinish(parseCallback(sample(name).bytes)).JobsDetail[0]
      if (job?.Tag !== 'PosterProduction') throw new Error('expected a PosterProduction job')
      const op = job.Operation
      expect(op.PosterProduction).toStrictEqual({
        Info: { price: '59', title: 'Winter sale' },
        TemplateId: 't1d3f5a7b9c1e3a5b7d9f1a3c5e7b9d1f3',
      })
      expect(op.Output?.Object).toBe('posters/sale-${Number}.jpg')
      const result = op.PicProcessResult
      if (result === undefined || result.UploadResult !== undefined) throw new Error('expected the documented shape')
      expect(result.ObjectName).toBe('posters/sale-1.jpg')
      expect(result.ProcessResult).toStrictEqual({
        Format: 'JPEG',
        Height: 1920,
        Quality: 90,
        Size: 402117,
        Width: 1080,
      })
    },
  )
})
