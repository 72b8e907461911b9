import * as E from 'fp-ts/lib/Either.js'
import { ImageOcrDetection } from '../../../src/codecs/nodes/image-ocr-detection'

describe('ImageOCR', () => {
  it('refuses an angle that is not a number', () => {
    expect(E.isLeft(ImageOcrDetection.decode({ Angel: 'upright' }))).toBe(true)
    expect(ImageOcrDetection.decode({ Angel: '0', PdfPageSize: '3' })).toStrictEqual(
      E.right({ Angel: 0, PdfPageSize: 3 }),
    )
  })
})
