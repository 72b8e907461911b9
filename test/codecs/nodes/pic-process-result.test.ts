import * as E from 'fp-ts/lib/Either.js'
import { PicProcessResult } from '../../../src/codecs/nodes/pic-process-result'

describe('PicProcess', () => {
  it('validates the SDK shape instead of letting it through as the documented one', () => {
    const bad = { UploadResult: { ProcessResults: { Object: [{ Width: 'wide' }] } } }
    expect(E.isLeft(PicProcessResult.decode(bad))).toBe(true)
    const good = { UploadResult: { ProcessResults: { Object: [{ Width: '417' }] } } }
    const decoded = PicProcessResult.decode(good)
    expect(decoded).toStrictEqual(E.right({ UploadResult: { ProcessResults: { Object: [{ Width: 417 }] } } }))
    expect(E.isRight(decoded) && PicProcessResult.encode(decoded.right)).toStrictEqual(good)
    const flat = { ObjectName: 'o.jpg', ProcessResult: { Width: '1' } }
    const decodedFlat = PicProcessResult.decode(flat)
    expect(E.isRight(decodedFlat) && PicProcessResult.encode(decodedFlat.right)).toStrictEqual(flat)
  })
})
