import { xmlPosition } from '../../src/xml/position'

describe('xmlPosition', () => {
  it('counts lines at LF, CRLF and a lone CR, and columns in UTF-16 units', () => {
    const text = 'a\nb\r\nc\rd😀e'
    expect(xmlPosition(text, 0)).toStrictEqual({ line: 1, column: 1 })
    expect(xmlPosition(text, 2)).toStrictEqual({ line: 2, column: 1 })
    expect(xmlPosition(text, 5)).toStrictEqual({ line: 3, column: 1 })
    expect(xmlPosition(text, 7)).toStrictEqual({ line: 4, column: 1 })
    expect(xmlPosition(text, 10)).toStrictEqual({ line: 4, column: 4 })
  })

  it('puts the LF of a CRLF on the line the CR ends, and clamps to the text', () => {
    expect(xmlPosition('ab\r\nc', 3)).toStrictEqual({ line: 1, column: 4 })
    expect(xmlPosition('ab\r\nc', 99)).toStrictEqual({ line: 2, column: 2 })
    expect(xmlPosition('ab', -5)).toStrictEqual({ line: 1, column: 1 })
  })
})
