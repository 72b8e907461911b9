import { parseCallback } from '../../../src/parse-callback'
import { sample } from '../../support/samples'
import { taskFinish } from '../../support/callbacks'

const ocrJob = (name: string) => {
  const job = taskFinish(parseCallback(sample(name).bytes)).JobsDetail[0]
  if (job?.Tag !== 'ImageOCR') throw new Error(`expected an ImageOCR job in ${name}`)
  return job
}

describe('ImageOCR', () => {
  it.each(['constructed/image-ocr/receipt.xml', 'constructed/image-ocr/receipt.json'])(
    'decodes the text found in %s, with Angel (sic) a number and every one-item list an array',
    (name) => {
      const op = ocrJob(name).Operation
      expect(op.ImageOCR).toStrictEqual({
        Type: 'general',
        LanguageType: 'zh',
        IsPdf: false,
        IsWord: true,
        EnableWordPolygon: true,
      })
      const detection = op.Detection
      expect(detection?.Angel).toBe(359.99)
      expect(detection?.Language).toBe('zh')
      expect(detection?.TextDetections).toStrictEqual([
        {
          Confidence: 99,
          DetectedText: '合计60元',
          ItemPolygon: [{ Height: 31, Width: 230, X: 12, Y: 40 }],
          Polygon: [
            { X: 12, Y: 40 },
            { X: 242, Y: 40 },
            { X: 242, Y: 71 },
            { X: 12, Y: 71 },
          ],
          WordPolygon: [
            {
              LeftBottom: [{ X: 12, Y: 71 }],
              LeftTop: [{ X: 12, Y: 40 }],
              RightBottom: [{ X: 242, Y: 71 }],
              RightTop: [{ X: 242, Y: 40 }],
            },
          ],
          Words: [{ Character: '合', Confidence: 99, WordCoordPoint: [{ WordCoordinate: [{ X: 12, Y: 40 }] }] }],
        },
      ])
    },
  )
})
