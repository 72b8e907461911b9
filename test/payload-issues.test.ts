import * as t from 'io-ts'
import * as E from 'fp-ts/lib/Either.js'
import { CiCallback, TaskFinishCallback } from '../src/codecs/envelope/callback'
import { pathOf, toPayloadIssues } from '../src/payload-issues'
import { IntegerFromWire } from '../src/codecs/kit/scalars'

const issuesOf = <A, O>(codec: t.Type<A, O, unknown>, u: unknown) => {
  const result = codec.decode(u)
  return E.isLeft(result) ? toPayloadIssues(result.left) : []
}

describe('toPayloadIssues', () => {
  it('renders paths the way a user types them, through arrays, intersections and the Tag dispatch', () => {
    const issues = issuesOf(CiCallback, {
      EventName: 'TaskFinish',
      JobsDetail: [
        { JobId: 'j', CreationTime: '2022-06-30T15:29:42+0800', Tag: 'Transcode', Operation: {} },
        {
          JobId: 'j',
          CreationTime: '2022-06-30T15:29:42+0800',
          Tag: 'SmartCover',
          Input: { CosHeaders: [{ Value: 'v' }] },
          Operation: { SmartCover: { Count: 'five' }, MediaResult: { OutputFile: { ObjectName: ['a', 7] } } },
        },
      ],
    })
    expect(issues.map((i) => i.path).sort()).toStrictEqual([
      'JobsDetail[1].Input.CosHeaders[0].Key',
      'JobsDetail[1].Operation.MediaResult.OutputFile.ObjectName[1]',
      'JobsDetail[1].Operation.SmartCover.Count',
    ])
    expect(issues.find((i) => i.path.endsWith('.Count'))).toStrictEqual({
      path: 'JobsDetail[1].Operation.SmartCover.Count',
      expected: 'a whole number like "5"',
      received: '"five"',
      message: 'Expected a whole number like "5", received "five"',
    })
    expect(issues.find((i) => i.path.endsWith('.Key'))).toMatchObject({
      expected: 'text',
      received: 'nothing',
      message: 'Missing required field',
    })
    expect(issues.find((i) => i.path.endsWith('[1]'))).toMatchObject({ expected: 'text', received: '7' })
  })

  it('reports the whole value at the root as an empty path', () => {
    expect(issuesOf(CiCallback, 'x')).toStrictEqual([
      {
        path: '',
        expected: 'a Tencent CI callback object',
        received: '"x"',
        message: 'Expected a Tencent CI callback object, received "x"',
      },
    ])
  })

  it('describes a literal and a wrong container (one item where a list is declared is a list of one)', () => {
    expect(issuesOf(TaskFinishCallback, { EventName: 'Nope', JobsDetail: 'x' })).toStrictEqual([
      {
        path: 'EventName',
        expected: '"TaskFinish"',
        received: '"Nope"',
        message: 'Expected "TaskFinish", received "Nope"',
      },
      {
        path: 'JobsDetail[0]',
        expected: 'a job object',
        received: '"x"',
        message: 'Expected a job object, received "x"',
      },
    ])
  })

  it('reports one issue per path', () => {
    const Twice = t.union([t.type({ a: IntegerFromWire }), t.type({ a: IntegerFromWire })])
    expect(issuesOf(Twice, { a: 'x' })).toHaveLength(1)
  })

  it('pathOf ignores steps that hand the same value on', () => {
    const value = { a: { b: 'x' } }
    const context: t.Context = [
      { key: '', type: t.unknown, actual: value },
      { key: '0', type: t.unknown, actual: value },
      { key: 'a', type: t.unknown, actual: value.a },
      { key: 'b', type: t.unknown, actual: 'x' },
    ]
    expect(pathOf(context)).toBe('a.b')
  })
})
