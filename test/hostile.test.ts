import * as E from 'fp-ts/lib/Either.js'
import { parseCallback } from '../src/parse-callback'
import { taskFinish } from './support/callbacks'

// The cases live in one file shared with `npm run hostile` (scripts/hostile.mjs), which measures
// the time and memory of each; here each case's outcome is checked, and that nothing leaks.
interface HostileCase {
  readonly name: string
  readonly threat: string
  readonly make: () => ReadonlyArray<unknown>
  readonly expect: string
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const cases: ReadonlyArray<HostileCase> = require('../scripts/hostile-cases.cjs')

const call = (args: ReadonlyArray<unknown>) =>
  Reflect.apply(parseCallback, undefined, args) as ReturnType<typeof parseCallback>

describe('hostile inputs', () => {
  it('has every threat the issue lists', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25)
  })

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const args = c.make()
    const result = call(args)
    expect(E.isLeft(result) ? result.left._tag : 'Right').toBe(c.expect)
    if (E.isLeft(result)) expect(result.left.message.length).toBeLessThanOrEqual(600)
    expect(Object.prototype).not.toHaveProperty('polluted')
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('polluted')
  })

  it('keeps reserved names as data, never as prototypes', () => {
    const c = cases.find((x) => x.name === '__proto__ at every depth (JSON)')
    const result = c === undefined ? undefined : call(c.make())
    if (result === undefined || E.isLeft(result)) throw new Error('expected a Right')
    const job: object = taskFinish(result).JobsDetail[0] ?? {}
    expect(Object.getPrototypeOf(job)).toBe(Object.prototype)
  })
})

describe('hostile wide trees', () => {
  it.each(['100 000 sibling elements', '100 000 JSON array items'])('%s: refused by maxItems', (name) => {
    const c = cases.find((x) => x.name === name)
    const result = c === undefined ? undefined : call(c.make())
    expect(result).toMatchObject(
      E.left({ _tag: 'LimitExceeded', unit: 'items', limit: 10_000, actual: 100_000, path: 'JobsDetail.Extra' }),
    )
    expect(result !== undefined && E.isLeft(result) ? result.left.message : '').toContain('options.maxItems')
  })
})
