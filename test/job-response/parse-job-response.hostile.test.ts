import fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { parseJobResponse } from '../../src/job-response/parse-job-response'
import { mutated, mutations } from '../support/mutations'
import { responseSamples } from './response-samples'

// The hostile cases parseCallback is held to (scripts/hostile-cases.cjs), run through parseJobResponse.
interface HostileCase {
  readonly name: string
  readonly make: () => ReadonlyArray<unknown>
  readonly expect: string
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cases: ReadonlyArray<HostileCase> = require('../../scripts/hostile-cases.cjs')

/** Errors found before any codec runs: a job API answer must get the very same. */
const BEFORE_THE_CODEC = new Set(['MalformedBody', 'LimitExceeded', 'InvalidArgument', 'UnsupportedContentType'])
const TAGS = new Set([...BEFORE_THE_CODEC, 'InvalidPayload'])

/** `parseJobResponse` called with whatever arguments a case makes, as untyped callers would. */
const call = (args: ReadonlyArray<unknown>): unknown => Reflect.apply(parseJobResponse, undefined, args)

const tagOf = (result: unknown): string => {
  if (typeof result !== 'object' || result === null) return 'not an Either'
  const tag: unknown = Reflect.get(result, '_tag')
  if (tag === 'Right') return 'Right'
  const left: unknown = Reflect.get(result, 'left')
  return tag === 'Left' && typeof left === 'object' && left !== null
    ? String(Reflect.get(left, '_tag'))
    : 'not an Either'
}

describe('hostile inputs through parseJobResponse', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const tag = tagOf(call(c.make()))
    // parseCallback unwraps a CMQ envelope and parses its msgBody; an answer has no envelope, so
    // for parseJobResponse it is one small JSON object that is not an answer.
    const inEnvelope = /\bCMQ envelope/.test(c.name)
    if (BEFORE_THE_CODEC.has(c.expect) && !inEnvelope) expect(tag).toBe(c.expect)
    else expect(['Right', ...TAGS]).toContain(tag)
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
  })

  it('never throws, and always answers with a known error tag, on mutated answers', () => {
    const bodies = responseSamples.map((s) => s.bytes)
    fc.assert(
      fc.property(
        fc.nat({ max: bodies.length - 1 }),
        mutations,
        fc.constantFrom(undefined, 'application/xml', 'application/json', 'text/plain'),
        fc.constantFrom(undefined, 'ReviewImage', 'ReviewText', 'ReviewVideo'),
        (index, edits, contentType, kind) => {
          const bytes = mutated(bodies[index] ?? Buffer.alloc(0), edits)
          const result = parseJobResponse(bytes, contentType, kind === undefined ? undefined : { kind })
          if (E.isLeft(result)) {
            expect(TAGS.has(result.left._tag)).toBe(true)
            expect(result.left.message.length).toBeGreaterThan(0)
          }
        },
      ),
      { numRuns: 500 },
    )
  })
})
