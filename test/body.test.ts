import * as fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { parseCallback } from '../src'
import {
  bodyText,
  bomLength,
  byteLength,
  checkBody,
  firstContentCode,
  firstInvalidUtf8,
  measureBody,
} from '../src/body'

describe('byteLength', () => {
  it('matches Buffer.byteLength for any string, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(byteLength(s)).toBe(Buffer.byteLength(s, 'utf8'))
      }),
    )
    expect(byteLength('\uD800x')).toBe(Buffer.byteLength('\uD800x'))
  })

  it('is the byte length of bytes', () => {
    expect(byteLength(new Uint8Array(7))).toBe(7)
    expect(byteLength(new ArrayBuffer(9))).toBe(9)
  })
})

describe('firstInvalidUtf8', () => {
  it('agrees with a fatal TextDecoder on arbitrary bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true })
    const valid = (bytes: Uint8Array): boolean => {
      try {
        strict.decode(bytes)
        return true
      } catch {
        return false
      }
    }
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(firstInvalidUtf8(bytes) === -1).toBe(valid(bytes))
      }),
      { numRuns: 2000 },
    )
  })

  it('finds the offending byte', () => {
    expect(firstInvalidUtf8(Buffer.from('abc'))).toBe(-1)
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe4, 0xb8]))).toBe(1)
    expect(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xed, 0xa0, 0x80]))).toBe(2)
    expect(firstInvalidUtf8(Buffer.from('中文'))).toBe(-1)
  })
})

describe("the body's head", () => {
  it('finds one UTF-8 BOM, in a string and in bytes', () => {
    expect(bomLength('\uFEFF<a/>')).toBe(1)
    expect(bomLength(Buffer.from('\uFEFF<a/>'))).toBe(3)
    expect(bomLength('<a/>')).toBe(0)
    expect(bomLength(Buffer.from([0xef, 0xbb]))).toBe(0)
    // U+00EF U+00BB U+00BF is what a BOM looks like read as Latin-1: text, not a mark.
    expect(bomLength('\xEF\xBB\xBF<a/>')).toBe(0)
  })

  it.each<[string, number]>([
    ['<a/>', 0x3c],
    [' \t\r\n{}', 0x7b],
    ['\uFEFF\n[', 0x5b],
    ['\uFEFF\uFEFF<a/>', 0xfeff],
    ['\u00A0<a/>', 0xa0],
    ['', -1],
    ['\uFEFF \n', -1],
  ])('the first character of %j past the BOM and blanks is %d', (text, code) => {
    expect(firstContentCode(text)).toBe(code)
    const bytes = Buffer.from(text)
    expect(firstContentCode(bytes)).toBe(code < 0x80 ? code : (bytes[bomLength(bytes)] ?? -1))
  })

  it.each<[string, string | undefined]>([
    [' '.repeat(4096), undefined],
    [`\uFEFF${'\r\n'.repeat(100)}`, 'application/xml'],
    ['\t'.repeat(65), 'application/json'],
  ])('a blank body of any length is empty (%#)', (text, contentType) => {
    for (const body of [text, Buffer.from(text)]) {
      expect(parseCallback(body, contentType)).toMatchObject(
        E.left({ _tag: 'MalformedBody', reason: 'unrecognised', message: expect.stringMatching(/^Body is empty/) }),
      )
    }
  })

  it('is not blank when it starts with the Latin-1 reading of a BOM', () => {
    expect(parseCallback('\xEF\xBB\xBF ', 'application/xml')).toMatchObject(
      E.left({ _tag: 'MalformedBody', reason: 'syntax', line: 1, column: 1 }),
    )
  })
})

describe('bodyText', () => {
  it('decodes UTF-8 and drops one BOM', () => {
    expect(bodyText(Buffer.from('\uFEFF<a>中</a>'), 'xml')).toStrictEqual(E.right('<a>中</a>'))
    expect(bodyText('\uFEFF{}', 'json')).toStrictEqual(E.right('{}'))
  })

  it('never replaces invalid bytes with U+FFFD', () => {
    expect(bodyText(Buffer.from([0x3c, 0x61, 0x3e, 0x80]), 'xml')).toMatchObject(
      E.left({ _tag: 'MalformedBody', reason: 'encoding', line: 1, column: 4 }),
    )
  })

  it('places an invalid byte after a BOM as in the text without it, and counts the byte from the start', () => {
    expect(bodyText(Buffer.from([0xef, 0xbb, 0xbf, 0x3c, 0x0a, 0x61, 0x80]), 'xml')).toMatchObject(
      E.left({ reason: 'encoding', message: expect.stringContaining('byte 6 (80)'), line: 2, column: 2 }),
    )
  })
})

describe('checkBody', () => {
  it.each([['string'], [new Uint8Array(1)], [Buffer.alloc(1)], [new ArrayBuffer(1)]])('accepts %p', (u) => {
    expect(E.isRight(checkBody(u))).toBe(true)
  })

  it.each([[1], [null], [undefined], [{}], [[]], [new DataView(new ArrayBuffer(1))], [Symbol('x')]])(
    'refuses %p with a hint about raw bodies',
    (u) => {
      const result = checkBody(u)
      expect(result).toMatchObject(E.left({ _tag: 'InvalidArgument', argument: 'body' }))
      if (E.isLeft(result)) expect(result.left.message).toContain('let parseNodeRequest from tencent-ci-callback/node')
    },
  )
})

describe('measureBody', () => {
  it('is exact whenever the answer is close, and a lower bound only when far over', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), fc.integer({ min: 1, max: 120 }), (s, max) => {
        const size = measureBody(s, max)
        const real = Buffer.byteLength(s)
        if (size.exact) expect(size.bytes).toBe(real)
        else expect(size.bytes).toBeLessThanOrEqual(real)
        expect(size.bytes > max).toBe(real > max)
      }),
    )
  })
})
