import * as fc from 'fast-check'
import * as E from 'fp-ts/lib/Either.js'
import { bodyText, byteLength, checkBody, firstInvalidUtf8, measureBody } from '../src/body'

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
