import * as fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { encodeCallback } from '../../src/encode/encode-callback'
import { writeXml } from '../../src/encode/write-xml'
import { renderPath } from '../../src/locate/path-steps'
import { parseCallback } from '../../src/parse-callback'
import type { DroppedField } from '../../src/graded/dropped'
import { samples } from '../support/samples'

type Step = string | number

const isRecord = (u: unknown): u is Record<string, unknown> => typeof u === 'object' && u !== null && !Array.isArray(u)

/**
 * The typed fields a callback or a job must have (a job's `CreationTime`, a run's `CreateTime`, a
 * moderation body's `code`), and the markers the decoder adds: never injected into.
 */
const ADDED = new Set(['TagInferred', 'EventNameInferred', 'Raw'])
const isRequired = (steps: ReadonlyArray<Step>): boolean => {
  const key = steps[steps.length - 1]
  if (key === 'CreationTime' && steps.length === 3 && steps[0] === 'JobsDetail') return true
  if (key === 'code' && steps.length === 1) return true
  return steps.length === 2 && steps[0] === 'WorkflowExecution' && key === 'CreateTime'
}

/**
 * The typed optional leaves of a decoded value: numbers, booleans and times (text fields take any
 * text, so no value is invalid for them), each a field of an object.
 */
const typedLeaves = (value: unknown, at: ReadonlyArray<Step> = []): Array<Array<Step>> => {
  if (Array.isArray(value)) return value.flatMap((item, i) => typedLeaves(item, [...at, i]))
  if (!isRecord(value)) return []
  return Object.entries(value).flatMap(([key, child]) => {
    const steps = [...at, key]
    if (ADDED.has(key) || isRequired(steps)) return []
    const typed = typeof child === 'number' || typeof child === 'boolean' || child instanceof Date
    return typed ? [steps] : typedLeaves(child, steps)
  })
}

const setAt = (tree: unknown, steps: ReadonlyArray<Step>, value: unknown): unknown => {
  const [step, ...rest] = steps
  if (step === undefined) return value
  if (Array.isArray(tree)) return tree.map((v, i) => (i === step ? setAt(v, rest, value) : v))
  if (isRecord(tree) && typeof step === 'string') return { ...tree, [step]: setAt(tree[step], rest, value) }
  return tree
}

const deleteAt = (tree: unknown, steps: ReadonlyArray<Step>): unknown => {
  const [step, ...rest] = steps
  if (step === undefined || (!isRecord(tree) && !Array.isArray(tree))) return tree
  if (Array.isArray(tree)) return tree.map((v, i) => (i === step ? deleteAt(v, rest) : v))
  if (typeof step !== 'string') return tree
  if (rest.length === 0) {
    const { [step]: _gone, ...kept } = tree
    return kept
  }
  return { ...tree, [step]: deleteAt(tree[step], rest) }
}

/** As JSON carries it: Dates as ISO text, absent keys gone. */
const plain = (u: unknown): unknown => JSON.parse(JSON.stringify(u))

const withoutPositions = (dropped: ReadonlyArray<DroppedField> | undefined) =>
  dropped?.map(({ line: _line, column: _column, ...rest }) => rest)

const cases = samples
  .filter((s) => s.format === 'json' && s.expectedError === undefined && !s.name.startsWith('unknown/'))
  .flatMap((s) => {
    const decoded = parseCallback(s.bytes, 'application/json')
    if (E.isLeft(decoded)) return []
    const leaves = typedLeaves(decoded.right)
    // Moderation callbacks are JSON only (their real JSON numbers do not survive XML).
    const formats: ReadonlyArray<'xml' | 'json'> = s.name.startsWith('moderation/') ? ['json'] : ['xml', 'json']
    return leaves.length === 0 ? [] : [{ name: s.name, value: decoded.right, leaves, formats }]
  })

describe('graded decoding, property: random invalid values at random optional paths of every sample', () => {
  it('has samples with typed optional leaves', () => {
    expect(cases.length).toBeGreaterThan(30)
  })

  it("'drop' leaves out exactly those values, keeps every other value, and the encoder restores them; 'reject' refuses with exactly those issues", () => {
    const arbitrary = fc.constantFrom(...cases).chain((c) =>
      fc.record({
        c: fc.constant(c),
        chosen: fc.subarray(c.leaves, { minLength: 1, maxLength: Math.min(4, c.leaves.length) }),
        invalid: fc.constantFrom('N/A', 'yesterday', '', ' ', '1,5'),
        format: fc.constantFrom(...c.formats),
      }),
    )
    fc.assert(
      fc.property(arbitrary, ({ c, chosen, invalid, format }) => {
        // Blank text is absent on the wire: an empty value is never a dropped one.
        fc.pre(invalid.trim() !== '')
        const wire: unknown = JSON.parse(encodeCallback(c.value, 'json'))
        const injected = chosen.reduce((tree, steps) => setAt(tree, steps, invalid), wire)
        const body = format === 'xml' ? writeXml(injected) : JSON.stringify(injected)
        const paths = chosen.map(renderPath).sort()

        const graded = parseCallback(body)
        if (E.isLeft(graded)) throw new Error(`${c.name}: refused: ${graded.left.message}`)
        const dropped = graded.right.Dropped ?? []
        expect(dropped.map((d) => d.path).sort()).toStrictEqual(paths)
        for (const d of dropped) expect(d.raw).toBe(invalid)
        const { Dropped: _dropped, ...rest } = graded.right
        const expected = chosen.reduce((tree, steps) => deleteAt(tree, steps), plain(c.value))
        expect(plain(rest)).toStrictEqual(expected)

        const refused = parseCallback(body, undefined, { invalidFields: 'reject' })
        if (E.isRight(refused) || refused.left._tag !== 'InvalidPayload') throw new Error('expected an InvalidPayload')
        expect(refused.left.issues.map((i) => i.path).sort()).toStrictEqual(paths)

        const again = parseCallback(encodeCallback(graded.right, format))
        if (E.isLeft(again)) throw new Error(`${c.name}: the re-encoded body was refused: ${again.left.message}`)
        expect(withoutPositions(again.right.Dropped)).toStrictEqual(withoutPositions(graded.right.Dropped))
        expect(plain({ ...again.right, Dropped: undefined })).toStrictEqual(
          plain({ ...graded.right, Dropped: undefined }),
        )
      }),
      { numRuns: 400, seed: 20261204 },
    )
  })
})
