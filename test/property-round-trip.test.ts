import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { CiCallback } from '../src/codecs/envelope/callback'
import { encodeCallback } from '../src/encode/encode-callback'
import { JOB_CODECS } from '../src/codecs/tags/registry'
import { parseCallback } from '../src/parse-callback'
import { arbitraryOf } from './support/arbitrary'

// For every typed job Tag: arbitrary decoded jobs, derived from the Tag's codec, encode to XML and
// to JSON and decode back to the same value. This guards the list paths (a list the normaliser does
// not know comes back as a single value from one-item XML), the scalar codecs' encoders, and the
// encoders' escaping.
const codecs: ReadonlyArray<t.Mixed & { readonly tag: string }> = JOB_CODECS

describe.each(codecs.map((codec) => [codec.tag, codec] as const))('%s jobs', (_tag, codec) => {
  const jobs = arbitraryOf(codec)
  it.each(['xml', 'json'] as const)('round-trip through %s', (format) => {
    fc.assert(
      fc.property(jobs, (job) => {
        const value: unknown = { EventName: 'TaskFinish', JobsDetail: [job] }
        // The arbitrary must build values of the codec's type: checked, not assumed.
        if (!CiCallback.is(value)) throw new Error(`not a callback: ${JSON.stringify(value)}`)
        const decoded = parseCallback(encodeCallback(value, format))
        expect(decoded).toStrictEqual(E.right(value))
      }),
      { numRuns: 40 },
    )
  })
})
