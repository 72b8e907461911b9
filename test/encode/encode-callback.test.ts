import * as E from 'fp-ts/lib/Either.js'
import { encodeCallback } from '../../src/encode/encode-callback'
import { parseCallback } from '../../src/parse-callback'
import { samples } from '../support/samples'
import { taskFinish } from '../support/callbacks'

const decodable = samples.filter((s) => s.expectedError === undefined)
/**
 * Callbacks Tencent sends as XML: job and workflow callbacks, and unknown ones that came as XML.
 * Content moderation is JSON only: its real JSON numbers in pass-through fields have no XML form.
 */
const xmlForm = decodable.filter(
  (s) => !s.name.startsWith('moderation/') && !(s.format === 'json' && s.name.startsWith('unknown/event-name/')),
)

describe('encodeCallback', () => {
  it('has decodable samples to round-trip', () => {
    expect(decodable.length).toBeGreaterThanOrEqual(100)
    expect(xmlForm.length).toBeGreaterThanOrEqual(80)
  })

  describe.each([
    ['xml', xmlForm],
    ['json', decodable],
  ] as const)('to %s', (format, cases) => {
    it.each(cases.map((s) => [s.name, s] as const))('round-trips %s', (_name, s) => {
      const decoded = parseCallback(s.bytes)
      if (E.isLeft(decoded)) throw new Error(decoded.left.message)
      const body = encodeCallback(decoded.right, format)
      expect(parseCallback(body, format === 'xml' ? 'application/xml' : 'application/json')).toStrictEqual(decoded)
    })
  })

  it('writes an unset time as "-", as Tencent does', () => {
    const decoded = parseCallback(samples.find((s) => s.name === 'smart-cover/failed.xml')?.bytes ?? '')
    if (E.isLeft(decoded)) throw new Error(decoded.left.message)
    expect(taskFinish(decoded).JobsDetail[0]).toHaveProperty('StartTime', undefined)
    expect(encodeCallback(decoded.right, 'xml')).toContain('<StartTime>-</StartTime>')
    expect(encodeCallback(decoded.right, 'json')).toContain('"StartTime": "-"')
  })
})
