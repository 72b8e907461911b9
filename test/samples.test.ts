import * as E from 'fp-ts/lib/Either.js'
import { parseCallback } from '../src/parse-callback'
import { pairs, samples } from './support/samples'

describe('every sample under samples/', () => {
  it('finds the samples and the XML/JSON pairs', () => {
    expect(samples.length).toBeGreaterThanOrEqual(90)
    expect(pairs.length).toBeGreaterThanOrEqual(30)
  })

  it.each(samples.map((s) => [s.name, s] as const))('%s behaves as its folder says', (_name, s) => {
    const result = parseCallback(s.bytes, undefined, { invalidFields: 'reject' })
    if (s.expectedError === undefined) {
      expect(s.expectedEvent).toBeDefined()
      expect(result).toMatchObject({ _tag: 'Right', right: { EventName: s.expectedEvent } })
      expect(E.isRight(result) && result.right.Dropped).toBeUndefined()
      // Nothing to drop: the default decodes the very same value.
      expect(parseCallback(s.bytes, undefined)).toStrictEqual(result)
    } else {
      expect(result).toMatchObject({ _tag: 'Left', left: { _tag: s.expectedError } })
    }
  })

  it.each(samples.filter((s) => s.expectedError === 'InvalidPayload').map((s) => [s.name, s] as const))(
    '%s: the default drops exactly the units the refusal names, or refuses the same way',
    (_name, s) => {
      const refused = parseCallback(s.bytes, undefined, { invalidFields: 'reject' })
      const graded = parseCallback(s.bytes, undefined)
      if (E.isLeft(graded)) {
        expect(graded).toStrictEqual(refused)
        return
      }
      if (E.isRight(refused) || refused.left._tag !== 'InvalidPayload') throw new Error('expected an InvalidPayload')
      const dropped = graded.right.Dropped ?? []
      expect(dropped.length).toBeGreaterThan(0)
      // Every issue lies in a unit left out, and every unit left out holds an issue.
      const within = (unit: string, path: string) =>
        path === unit || path.startsWith(`${unit}.`) || path.startsWith(`${unit}[`)
      for (const issue of refused.left.issues) expect(dropped.some((d) => within(d.path, issue.path))).toBe(true)
      for (const d of dropped) expect(refused.left.issues.some((issue) => within(d.path, issue.path))).toBe(true)
    },
  )

  it.each(samples.map((s) => [s.name, s] as const))('%s decodes the same with its declared Content-Type', (_n, s) => {
    const declared = s.format === 'xml' ? 'application/xml; charset=utf-8' : 'application/json'
    expect(parseCallback(s.bytes, declared)).toEqual(parseCallback(s.bytes, undefined))
  })

  it.each(samples.map((s) => [s.name, s] as const))('%s decodes the same from a string as from bytes', (_n, s) => {
    expect(parseCallback(s.bytes.toString('utf8'))).toEqual(parseCallback(s.bytes))
  })
})

const isRecord = (u: unknown): u is Readonly<Record<string, unknown>> =>
  typeof u === 'object' && u !== null && !Array.isArray(u)
const isResponseWrapper = (u: Readonly<Record<string, unknown>>): boolean =>
  Object.keys(u).length === 1 && u['Response'] !== undefined

describe('XML/JSON parity', () => {
  it.each(pairs.map(([xml, json]) => [xml.name, xml, json] as const))(
    '%s and its .json decode to deep-equal values',
    (_name, xml, json) => {
      const fromXml = parseCallback(xml.bytes, 'application/xml')
      const fromJson = parseCallback(json.bytes, 'application/json')
      expect(E.isRight(fromXml)).toBe(xml.expectedError === undefined)
      if (E.isRight(fromXml)) {
        expect(fromJson).toStrictEqual(fromXml)
        // The {"Response": …} wrapper one documented JSON sample has changes nothing, either way.
        const parsed: unknown = JSON.parse(json.bytes.toString('utf8'))
        const other = isRecord(parsed) && isResponseWrapper(parsed) ? parsed['Response'] : { Response: parsed }
        expect(parseCallback(JSON.stringify(other), 'application/json')).toStrictEqual(fromXml)
      }
      // A pair that must fail fails the same way, at the same paths.
      if (E.isLeft(fromXml) && E.isLeft(fromJson)) {
        expect(fromJson.left._tag).toBe(fromXml.left._tag)
        const paths = (e: typeof fromXml.left) => (e._tag === 'InvalidPayload' ? e.issues.map((i) => i.path) : [])
        expect(paths(fromJson.left)).toStrictEqual(paths(fromXml.left))
      }
    },
  )
})
