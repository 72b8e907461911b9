import * as fc from 'fast-check'
import { cosHeaderLookup } from '../../src/job-helpers/cos-header-lookup'

const flipCase = (s: string, mask: ReadonlyArray<boolean>): string =>
  [...s].map((c, i) => (mask[i % Math.max(mask.length, 1)] === true ? c.toUpperCase() : c.toLowerCase())).join('')

describe('job helpers, for any input', () => {
  it('cosHeaderLookup finds every header under any letter case of its name', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ Key: fc.string({ minLength: 1 }), Value: fc.string() }), { maxLength: 8 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        (headers, mask) => {
          const lookup = cosHeaderLookup(headers)
          for (const header of headers) {
            const first = headers.find((h) => h.Key.toLowerCase() === header.Key.toLowerCase())
            expect(lookup.get(flipCase(header.Key, mask))).toBe(first?.Value)
          }
        },
      ),
    )
  })
})
