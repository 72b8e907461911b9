import * as fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { Transcode } from '../../../src/codecs/nodes/transcode'

describe('Transcode node: property', () => {
  const int = fc.integer({ min: 0, max: 100000 }).map(String)
  const decimal = fc.double({ min: 0, max: 10000, noNaN: true }).map((n) => String(Math.round(n * 1000) / 1000))
  const bool = fc.constantFrom('true', 'false', 'TRUE', 'False')
  const text = fc.string({ minLength: 1, maxLength: 12 })
  const wire = fc.record(
    {
      Container: fc.record({ Format: text, ClipConfig: fc.record({ Duration: decimal }) }, { requiredKeys: [] }),
      Video: fc.record(
        { Codec: text, Width: int, Height: int, Fps: text, Remove: bool, Bitrate: decimal, Gop: int, Crf: decimal },
        { requiredKeys: [] },
      ),
      Audio: fc.record({ Codec: text, Samplerate: int, Channels: int, Remove: bool }, { requiredKeys: [] }),
      TimeInterval: fc.record({ Start: decimal, Duration: decimal }, { requiredKeys: [] }),
      TransConfig: fc.record(
        { IsCheckReso: bool, ResoAdjMethod: text, HlsEncrypt: fc.record({ IsHlsEncrypt: bool, UriKey: text }) },
        { requiredKeys: [] },
      ),
      AudioMixArray: fc.array(fc.record({ AudioSource: text, Replace: bool }, { requiredKeys: [] }), { maxLength: 3 }),
    },
    { requiredKeys: [] },
  )

  it('any wire form of the documented fields decodes, and its encoding decodes to the same value', () => {
    fc.assert(
      fc.property(wire, (w) => {
        const decoded = Transcode.decode(w)
        if (E.isLeft(decoded)) return false
        return JSON.stringify(Transcode.decode(Transcode.encode(decoded.right))) === JSON.stringify(decoded)
      }),
    )
  })
})
