import { writeJson } from '../../src/encode/write-json'

describe('writeJson', () => {
  it('writes the tree as it is, with an unset time as "-"', () => {
    expect(JSON.parse(writeJson({ A: ['1'], B: { C: 2 }, StartTime: undefined }))).toStrictEqual({
      A: ['1'],
      B: { C: 2 },
      StartTime: '-',
    })
  })
})
