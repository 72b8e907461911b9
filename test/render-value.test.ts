import * as fc from 'fast-check'
import { renderValue } from '../src/render-value'

describe('renderValue', () => {
  it.each([
    [undefined, 'nothing'],
    [null, 'null'],
    ['yesterday', '"yesterday"'],
    [5, '5'],
    [false, 'false'],
    [[], 'a list of 0 items'],
    [['a'], 'a list of 1 item'],
    [{}, 'an empty object'],
    [{ Code: 'x', JobId: 'y' }, 'an object with keys Code, JobId'],
    [{ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }, 'an object with keys a, b, c, d, e, …'],
  ])('%p → %s', (u, text) => {
    expect(renderValue(u)).toBe(text)
  })

  it('cuts long text', () => {
    expect(renderValue('x'.repeat(1000))).toBe(`"${'x'.repeat(60)}…"`)
  })

  it('stays short for any value, however large or deep', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 5 }), (u) => {
        expect(renderValue(u).length).toBeLessThanOrEqual(200)
      }),
    )
    const wide = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`key-${i}`, i]))
    expect(renderValue(wide).length).toBeLessThanOrEqual(200)
  })
})
