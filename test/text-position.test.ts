import * as fc from 'fast-check'
import { lineStarts, positionAt, positionIn } from '../src/text-position'

describe('positionAt', () => {
  it('reads LF, CRLF and a lone CR as one line break each; columns count UTF-16 units', () => {
    const text = 'a\nb\r\nc\rd😀e'
    expect(positionAt(text, 0)).toStrictEqual({ line: 1, column: 1 })
    expect(positionAt(text, 2)).toStrictEqual({ line: 2, column: 1 })
    expect(positionAt(text, 4)).toStrictEqual({ line: 2, column: 3 })
    expect(positionAt(text, 5)).toStrictEqual({ line: 3, column: 1 })
    expect(positionAt(text, 7)).toStrictEqual({ line: 4, column: 1 })
    expect(positionAt(text, 10)).toStrictEqual({ line: 4, column: 4 })
    expect(positionAt(text, 99)).toStrictEqual({ line: 4, column: 5 })
    expect(positionAt(text, -3)).toStrictEqual({ line: 1, column: 1 })
  })

  it('agrees with the line-start table at every offset of any text', () => {
    const text = fc
      .array(fc.constantFrom('a', '\n', '\r', '\r\n', '中', '😀', ' '), { maxLength: 40 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (t) => {
        const starts = lineStarts(t)
        for (let offset = 0; offset <= t.length; offset++) {
          expect(positionAt(t, offset)).toStrictEqual(positionIn(starts, offset))
        }
      }),
      { numRuns: 2000 },
    )
  })
})
