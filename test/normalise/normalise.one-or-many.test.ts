import * as E from 'fp-ts/lib/Either.js'
import { normalise } from '../../src/normalise/normalise'
import { parseCallback } from '../../src/parse-callback'
import { samples } from '../support/samples'

type Step = string | number

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

/**
 * Every place in a JSON tree where Tencent's one-or-many could go the other way: a one-item list
 * (which could have come as its item), and a field holding an object or a scalar (which could
 * have come as a one-item list).
 */
const places = (
  tree: unknown,
  at: ReadonlyArray<Step> = [],
): Array<{ steps: Array<Step>; kind: 'unwrap' | 'wrap' }> => {
  const found: Array<{ steps: Array<Step>; kind: 'unwrap' | 'wrap' }> = []
  if (Array.isArray(tree)) {
    if (tree.length === 1 && at.length > 0) found.push({ steps: [...at], kind: 'unwrap' })
    tree.forEach((item, i) => found.push(...places(item, [...at, i])))
  } else if (isRecord(tree)) {
    for (const [key, value] of Object.entries(tree)) {
      const steps = [...at, key]
      // The `{"Response": …}` wrapper of some JSON bodies is not a field.
      if (at.length === 0 && key === 'Response') {
        found.push(...places(value, steps))
        continue
      }
      if (!Array.isArray(value) && value !== null && value !== '') found.push({ steps, kind: 'wrap' })
      found.push(...places(value, steps))
    }
  }
  return found
}

/** `tree` with the value at `steps` replaced by `f` of it (a copy; `tree` is not written to). */
const replaced = (tree: unknown, steps: ReadonlyArray<Step>, f: (u: unknown) => unknown): unknown => {
  const [step, ...rest] = steps
  if (step === undefined) return f(tree)
  if (Array.isArray(tree) && typeof step === 'number')
    return tree.map((v, i) => (i === step ? replaced(v, rest, f) : v))
  if (isRecord(tree) && typeof step === 'string') return { ...tree, [step]: replaced(tree[step], rest, f) }
  return tree
}

const at = (tree: unknown, steps: ReadonlyArray<Step>): unknown =>
  steps.reduce<unknown>((node, step) => (node === undefined ? undefined : Reflect.get(Object(node), step)), tree)

/** Every path in a tree. */
const pathsOf = (tree: unknown, prefix: ReadonlyArray<Step> = []): Array<Array<Step>> => {
  const entries: Array<[Step, unknown]> = Array.isArray(tree)
    ? tree.map((v, i): [Step, unknown] => [i, v])
    : isRecord(tree)
      ? Object.entries(tree)
      : []
  return entries.flatMap(([step, value]) => [[...prefix, step], ...pathsOf(value, [...prefix, step])])
}

/** A decoded value as JSON would carry it, for comparing (Dates as ISO text, undefined keys gone). */
const plain = (u: unknown): unknown => JSON.parse(JSON.stringify(u))

/**
 * The JSON samples that decode (unknown families keep the whole body raw, so every field of theirs
 * passes through as sent, and are left out: there is no codec to read one-or-many there).
 */
const decodable = samples.filter(
  (s) => s.format === 'json' && s.expectedError === undefined && !s.name.startsWith('unknown/'),
)

describe('one-or-many on every node, known from the codecs', () => {
  it('has samples and places to transform', () => {
    expect(decodable.length).toBeGreaterThan(40)
  })

  it.each(decodable.map((s) => [s.name, s] as const))(
    '%s: each one-item list as its item, and each field as a one-item list, decodes to the same value',
    (_name, s) => {
      const tree: unknown = JSON.parse(s.bytes.toString('utf8'))
      const original = parseCallback(s.bytes, 'application/json')
      if (E.isLeft(original)) throw new Error(original.left.message)
      const expected = plain(original.right)
      let transformed = 0
      let passedThrough = 0
      for (const place of places(tree)) {
        const body = replaced(tree, place.steps, (u) => (place.kind === 'wrap' ? [u] : Array.isArray(u) ? u[0] : u))
        const result = parseCallback(JSON.stringify(body), 'application/json')
        if (E.isLeft(result)) throw new Error(`${place.kind} at ${place.steps.join('.')}: ${result.left.message}`)
        expect(result.right.Dropped).toBeUndefined()
        transformed++
        const decoded = plain(result.right)
        if (JSON.stringify(decoded) === JSON.stringify(expected)) continue
        // A field no codec knows passes through as sent: the only difference is that value, as sent,
        // under that field's name (its path in the decoded value may differ: one job, a list of one).
        const sent = plain(normalise(at(body, place.steps)))
        const name = place.steps[place.steps.length - 1]
        const explained = pathsOf(decoded).some(
          (steps) =>
            steps[steps.length - 1] === name &&
            JSON.stringify(at(decoded, steps)) === JSON.stringify(sent) &&
            JSON.stringify(replaced(decoded, steps, () => at(expected, steps))) === JSON.stringify(expected),
        )
        if (!explained) {
          throw new Error(`${place.kind} at ${place.steps.join('.')} changed the decoded value beyond that field`)
        }
        passedThrough++
      }
      expect(transformed).toBeGreaterThan(0)
      expect(passedThrough).toBeLessThan(transformed)
    },
  )
})
