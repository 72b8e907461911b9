import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { IntegerFromWire } from '../../../src/codecs/kit/scalars'
import { fastStruct } from '../../../src/codecs/kit/fast-struct'
import { toPayloadIssues } from '../../../src/payload-issues'

const required = { JobId: t.string, Size: IntegerFromWire }
const optional = { Code: t.string, Inner: t.partial({ Count: IntegerFromWire, Name: t.string }) }
const fast = fastStruct('Job', required, optional)
const reference = t.intersection([t.type(required), t.partial(optional)], 'Job')

const paths = (result: t.Validation<unknown>): ReadonlyArray<string> =>
  E.isLeft(result) ? toPayloadIssues(result.left).map((issue) => `${issue.path}: ${issue.message}`) : []

describe('fastStruct', () => {
  it.each<unknown>([
    { JobId: 'j', Size: '5' },
    { JobId: 'j', Size: '5', Extra: { kept: true }, Code: 'c', Inner: { Count: '2', Other: 'o' } },
    { Size: 'x', Code: 3, Inner: { Count: 'many' } },
    { JobId: 1 },
    'text',
    null,
    [],
  ])('decodes %j exactly as the io-ts intersection it mirrors, errors and paths included', (u) => {
    const ours = fast.decode(u)
    const theirs = reference.decode(u)
    expect(E.isRight(ours)).toBe(E.isRight(theirs))
    if (E.isRight(ours) && E.isRight(theirs)) expect(ours.right).toStrictEqual(theirs.right)
    expect(paths(ours)).toStrictEqual(paths(theirs))
  })

  it('does not copy a record no codec changed, and never mutates its input', () => {
    const input = { JobId: 'j', Size: 5, Code: 'c' }
    const before = JSON.stringify(input)
    const result = fast.decode(input)
    expect(E.isRight(result) && result.right).toBe(input)
    const changed = fast.decode({ JobId: 'j', Size: '5' })
    expect(changed).toStrictEqual(E.right({ JobId: 'j', Size: 5 }))
    expect(JSON.stringify(input)).toBe(before)
  })

  it('encodes and checks as the reference does', () => {
    const value = { JobId: 'j', Size: 5, Inner: { Count: 2 } }
    expect(fast.encode(value)).toStrictEqual(reference.encode(value))
    expect(fast.is(value)).toBe(true)
    expect(fast.is({ JobId: 'j' })).toBe(false)
  })
})
