import * as fc from 'fast-check'
import { pathSteps, renderPath } from '../../src/locate/path-steps'

describe('pathSteps', () => {
  it('splits names and indices', () => {
    expect(pathSteps('JobsDetail[0].Input.CosHeaders[12].Key')).toStrictEqual([
      'JobsDetail',
      0,
      'Input',
      'CosHeaders',
      12,
      'Key',
    ])
    expect(pathSteps('')).toStrictEqual([])
    expect(pathSteps('EventName')).toStrictEqual(['EventName'])
  })
})

describe('renderPath and pathSteps', () => {
  it('are inverses, a key with a dot, a bracket, a quote or a space staying one key', () => {
    expect(renderPath(['data', 'cos_headers', 'x.y'])).toBe('data.cos_headers["x.y"]')
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat({ max: 1000 })), { minLength: 1, maxLength: 6 }), (steps) => {
        expect(pathSteps(renderPath(steps))).toStrictEqual(steps)
      }),
      { numRuns: 2000 },
    )
  })
})
