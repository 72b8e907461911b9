import * as fc from 'fast-check'
import { readable, renderValue } from '../src/render-value'

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

describe('readable', () => {
  it.each([
    ['plain text', 'plain text'],
    ['a\u0000b', 'a\\u0000b'],
    ['tab\there', 'tab\\there'],
    ['two\r\nlines', 'two\\r\\nlines'],
    ['\u007f\u0085\u009f', '\\u007f\\u0085\\u009f'],
    ['\u2028\u2029', '\\u2028\\u2029'],
    ['\u202aa\u202e\u2066\u2069\u200f', '\\u202aa\\u202e\\u2066\\u2069\\u200f'],
    ['lone \udc00 and \ud800', 'lone \\udc00 and \\ud800'],
    ['emoji 😀 and 中文', 'emoji 😀 and 中文'],
    ['"quoted" \\', '"quoted" \\'],
  ])('%j → %s', (s, shown) => {
    expect(readable(s, 100)).toBe(shown)
  })

  it('escapes quotes and backslashes only when quoting', () => {
    expect(readable('a"b\\c', 100, true)).toBe('a\\"b\\\\c')
  })

  it('never cuts an escape or a surrogate pair in half', () => {
    expect(readable('ab\u0000', 5)).toBe('ab…')
    expect(readable('ab😀', 3)).toBe('ab…')
    expect(readable('ab😀', 4)).toBe('ab😀')
  })

  it('quotes printable text as JSON does, escapes the rest, and stays within its bound', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat({ max: 80 }), (s, max) => {
        const out = readable(s, max)
        expect(out.length).toBeLessThanOrEqual(max + 1)
        expect(out).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/)
        const full = readable(s, Infinity)
        if (full.length <= max) expect(out).toBe(full)
        else expect(full.startsWith(out.slice(0, -1)) && out.endsWith('…')).toBe(true)
      }),
    )
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), (s) => {
        expect(`"${readable(s, Infinity, true)}"`).toBe(JSON.stringify(s))
      }),
    )
  })

  it('renders object keys escaped', () => {
    expect(renderValue({ 'a\u202eb': 1 })).toBe('an object with keys a\\u202eb')
  })
})
