import * as fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { CiCallback } from '../src/codecs/envelope/callback'
import { parseCallback } from '../src/parse-callback'
import { getRight } from './support/either'
import { taskFinish } from './support/callbacks'
import { mutated, mutations } from './support/mutations'
import { samples } from './support/samples'
import { toTencentJson, toXml, type Wire } from './support/wire'

const decodable = samples.filter((s) => s.expectedError === undefined)
const TAGS = new Set(['UnsupportedContentType', 'MalformedBody', 'InvalidPayload', 'LimitExceeded', 'InvalidArgument'])

/** Text as Tencent may send it: markup characters, non-ASCII, inner and outer spaces; not blank. */
const text = fc
  .string({
    unit: fc.constantFrom(
      'a',
      'Z',
      '0',
      '7',
      ' ',
      '\t',
      '\n',
      '<',
      '>',
      '&',
      '"',
      "'",
      '$',
      '{',
      '}',
      '中',
      '😀',
      'é',
      '/',
      '.',
    ),
    minLength: 1,
    maxLength: 12,
  })
  .filter((s) => s.trim() !== '')
const digits = fc.integer({ min: 0, max: 99999 }).map(String)
const time = fc
  .date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => new Date(Math.floor(d.getTime() / 1000) * 1000))
const wireTime = (d: Date, form: 'T' | ' ' | ':'): string => {
  const b = new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19)
  return form === 'T' ? `${b}+0800` : form === ' ' ? `${b.replace('T', ' ')}+0800` : `${b}+08:00`
}
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined })
const withoutUndefined = (o: Record<string, Wire | undefined>): { [key: string]: Wire } =>
  Object.fromEntries(Object.entries(o).filter((e): e is [string, Wire] => e[1] !== undefined))

/** A SmartCover job callback as a wire tree, with lists of random length. */
const smartCoverCallback = fc
  .record({
    jobs: fc.array(
      fc.record({
        jobId: text,
        created: time,
        form: fc.constantFrom<'T' | ' ' | ':'>('T', ' ', ':'),
        headers: fc.array(fc.record({ Key: text, Value: optional(text) }), { maxLength: 4 }),
        names: fc.array(text, { maxLength: 6 }),
        count: digits,
        dedupe: fc.constantFrom('true', 'false'),
        userData: optional(text),
        message: fc.constantFrom('', 'success'),
        workflow: optional(fc.record({ RunId: text, WorkflowId: text, Name: text })),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ jobs }) => ({
    EventName: 'TaskFinish',
    JobsDetail: jobs.map((j) =>
      withoutUndefined({
        JobId: j.jobId,
        Tag: 'SmartCover',
        State: 'Success',
        Message: j.message,
        CreationTime: wireTime(j.created, j.form),
        Input: withoutUndefined({
          Object: 'input/demo.mp4',
          CosHeaders: j.headers.map((h) => withoutUndefined({ Key: h.Key, Value: h.Value })),
        }),
        Operation: withoutUndefined({
          MediaResult: { OutputFile: { ObjectName: j.names, ObjectPrefix: '' } },
          SmartCover: { Count: j.count, DeleteDuplicates: j.dedupe },
          UserData: j.userData,
        }),
        Workflow: j.workflow === undefined ? undefined : { ...j.workflow },
      }),
    ),
  }))

describe('properties', () => {
  it('XML and Tencent-style JSON of any SmartCover callback decode to the same value', () => {
    fc.assert(
      fc.property(smartCoverCallback, (tree) => {
        const fromXml = parseCallback(toXml(tree), 'application/xml')
        const fromJson = parseCallback(toTencentJson(tree), 'application/json')
        expect(fromJson).toStrictEqual(fromXml)
        const value = taskFinish(fromXml)
        expect(value.JobsDetail).toHaveLength(tree.JobsDetail.length)
        value.JobsDetail.forEach((job, i) => {
          const source = tree.JobsDetail[i]
          expect(job.JobId).toBe(source?.['JobId'])
          const names = job.Tag === 'SmartCover' ? job.Operation.MediaResult?.OutputFile?.ObjectName : undefined
          const wireNames = tree.JobsDetail[i]?.['Operation'] as
            { MediaResult: { OutputFile: { ObjectName: Array<string> } } } | undefined
          expect(names ?? []).toStrictEqual(wireNames?.MediaResult.OutputFile.ObjectName ?? [])
        })
      }),
      { numRuns: 300 },
    )
  })

  it('every decoded sample encodes back to wire JSON that decodes to the same value', () => {
    for (const s of decodable) {
      const value = getRight(parseCallback(s.bytes))
      const wire = CiCallback.encode(value)
      expect(parseCallback(JSON.stringify(wire), 'application/json')).toEqual(E.right(value))
    }
  })

  it('never throws, and always answers with a known error tag, on mutated samples', () => {
    const bodies = samples.map((s) => s.bytes)
    fc.assert(
      fc.property(
        fc.nat({ max: bodies.length - 1 }),
        mutations,
        fc.constantFrom(undefined, 'application/xml', 'application/json', 'text/plain'),
        (index, edits, contentType) => {
          const bytes = mutated(bodies[index] ?? Buffer.alloc(0), edits)
          const before = Buffer.from(bytes)
          const result = parseCallback(bytes, contentType)
          expect(bytes.equals(before)).toBe(true)
          if (E.isLeft(result)) {
            expect(TAGS.has(result.left._tag)).toBe(true)
            expect(result.left.message.length).toBeGreaterThan(0)
          }
        },
      ),
      { numRuns: 1500 },
    )
  })

  it('never throws on arbitrary arguments', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (body, contentType, options) => {
        const result: unknown = Reflect.apply(parseCallback, undefined, [body, contentType, options])
        expect(result).toHaveProperty('_tag')
      }),
      { numRuns: 500 },
    )
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.uint8Array(), (s, bytes) => {
        expect(() => parseCallback(s)).not.toThrow()
        expect(() => parseCallback(bytes)).not.toThrow()
        expect(() => parseCallback(s, 'application/xml')).not.toThrow()
        expect(() => parseCallback(s, 'application/json')).not.toThrow()
      }),
      { numRuns: 500 },
    )
  })
})
