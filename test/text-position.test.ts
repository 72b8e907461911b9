import * as fc from 'fast-check'
import { lineStarts, positionAt, positionIn } from '../src/text-position'

/** The position of `offset` as the lines of `text.slice(0, offset)` show it; the LF of a CRLF stays with its CR. */
const splitPosition = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, text[offset] === '\n' && text[offset - 1] === '\r' ? offset - 1 : offset)
  const lines = before.split(/\r\n|\r|\n/)
  const last = lines[lines.length - 1] ?? ''
  return { line: lines.length, column: last.length + 1 + (before.length < offset ? 1 : 0) }
}

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

  it('puts the LF of a CRLF on the line the CR ends, and a trailing break starts one more line', () => {
    expect(positionAt('ab\r\nc', 3)).toStrictEqual({ line: 1, column: 4 })
    expect(positionAt('ab\r\nc', 4)).toStrictEqual({ line: 2, column: 1 })
    expect(positionAt('ab\r', 3)).toStrictEqual({ line: 2, column: 1 })
    expect(lineStarts('a\r\n\rb\n')).toStrictEqual([0, 3, 4, 6])
  })

  it('agrees with the line-start table, and with lines split by a regular expression, at every offset', () => {
    const text = fc
      .array(fc.constantFrom('a', '\n', '\r', '\r\n', '中', '😀', ' '), { maxLength: 40 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (t) => {
        const starts = lineStarts(t)
        for (let offset = 0; offset <= t.length; offset++) {
          expect(positionAt(t, offset)).toStrictEqual(positionIn(starts, offset))
          expect(positionAt(t, offset)).toStrictEqual(splitPosition(t, offset))
        }
      }),
      { numRuns: 2000 },
    )
  })
})
