import * as E from 'fp-ts/lib/Either.js'
import { invalidArgument, malformedBody, type BodyFormat, type InvalidArgument, type MalformedBody } from './errors'
import { isBlankCode } from './normalise/blank'
import { renderValue } from './render-value'
import { positionAt } from './text-position'

/**
 * A raw callback body: the text, or its bytes (a Node `Buffer` is a `Uint8Array`).
 *
 * @example
 * import type { CallbackBody } from 'tencent-ci-callback'
 * const body: CallbackBody = Buffer.from('<Response/>')
 */
export type CallbackBody = string | Uint8Array | ArrayBuffer

/** A body after the boundary check: text, or a plain `Uint8Array` view read through the built-in getters. */
export type CheckedBody = string | Uint8Array

/** A built-in getter, taken once, so a subclass or a forged prototype cannot stand in for it. */
const builtInGetter = (proto: object, key: PropertyKey): ((this: unknown) => unknown) | undefined =>
  Object.getOwnPropertyDescriptor(proto, key)?.get

/** Calls a built-in getter on `u`; `undefined` when `u` is not what the getter belongs to. */
const read = (get: ((this: unknown) => unknown) | undefined, u: unknown): unknown => {
  if (get === undefined) return undefined
  try {
    return Reflect.apply(get, u, [])
  } catch {
    return undefined
  }
}

const TYPED_ARRAY: object = Object.getPrototypeOf(Uint8Array.prototype) ?? Uint8Array.prototype
const typedArrayName = builtInGetter(TYPED_ARRAY, Symbol.toStringTag)
const typedArrayBuffer = builtInGetter(TYPED_ARRAY, 'buffer')
const typedArrayOffset = builtInGetter(TYPED_ARRAY, 'byteOffset')
const typedArrayLength = builtInGetter(TYPED_ARRAY, 'byteLength')
const arrayBufferLength = builtInGetter(ArrayBuffer.prototype, 'byteLength')
const sharedBufferLength =
  typeof SharedArrayBuffer === 'function' ? builtInGetter(SharedArrayBuffer.prototype, 'byteLength') : undefined
const dataViewLength = builtInGetter(DataView.prototype, 'byteLength')

const bytes = (n: unknown): string => (n === 1 ? '1 byte' : `${String(n)} bytes`)

/** What a body that is not a usable string or byte array is, in words: never throws. */
const describeReceived = (u: unknown): string => {
  try {
    const typed = read(typedArrayName, u)
    if (typeof typed === 'string') return `a ${typed} of ${bytes(read(typedArrayLength, u))}`
    const dataView = read(dataViewLength, u)
    if (typeof dataView === 'number') return `a DataView of ${bytes(dataView)}`
    const shared = read(sharedBufferLength, u)
    if (typeof shared === 'number') return `a SharedArrayBuffer of ${bytes(shared)}`
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return renderValue(u)
    if (u instanceof Uint8Array || u instanceof ArrayBuffer) return `an object posing as a ${u.constructor.name}`
    return 'an already-parsed object'
  } catch {
    return 'an object that could not be read'
  }
}

const refuse = (received: string, why = ''): E.Either<InvalidArgument, CheckedBody> =>
  E.left(
    invalidArgument(
      'body',
      received,
      `body must be the raw request body (string, Buffer, Uint8Array or ArrayBuffer), received ${received}${why}. ` +
        'If a body parser (express.json(), express.text()) ran first, let parseNodeRequest from tencent-ci-callback/node ' +
        '(or parseRequest for a Fetch Request) read the raw body instead',
    ),
  )

/**
 * Accepts a string, `Uint8Array` (incl. `Buffer`) or `ArrayBuffer`; anything else is an
 * `InvalidArgument`. Bytes come back as a plain `Uint8Array` view made through the built-in
 * getters (no copy), so look-alikes, subclasses and proxies cannot throw or lie later on.
 */
export const checkBody = (u: unknown): E.Either<InvalidArgument, CheckedBody> => {
  if (typeof u === 'string') return E.right(u)
  if (read(typedArrayName, u) === 'Uint8Array') {
    const buffer = read(typedArrayBuffer, u)
    const offset = read(typedArrayOffset, u)
    const length = read(typedArrayLength, u)
    if (typeof offset === 'number' && typeof length === 'number' && isBuffer(buffer)) {
      return E.right(length === 0 ? new Uint8Array(0) : new Uint8Array(buffer, offset, length))
    }
  }
  if (typeof read(arrayBufferLength, u) === 'number' && isBuffer(u)) {
    try {
      return E.right(new Uint8Array(u))
    } catch {
      return refuse('a detached ArrayBuffer', ' (its contents were transferred away)')
    }
  }
  return refuse(describeReceived(u))
}

const isBuffer = (u: unknown): u is ArrayBuffer =>
  typeof read(arrayBufferLength, u) === 'number' || typeof read(sharedBufferLength, u) === 'number'

/** The body's size in UTF-8 bytes, without allocating: what `maxBytes` is checked against. */
export const byteLength = (body: CallbackBody): number => {
  if (typeof body !== 'string') return body.byteLength
  let bytes = 0
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < body.length) {
      const next = body.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i += 1
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/** A body's size as far as it had to be measured. */
export interface BodySize {
  readonly bytes: number
  /** False when `bytes` is a lower bound: a string with more UTF-16 units than the limit is refused uncounted. */
  readonly exact: boolean
}

/**
 * Measures a body against `maxBytes` in constant time where it can: bytes know their length, a
 * string longer than the limit is over it (every UTF-16 unit is at least one UTF-8 byte), and a
 * string under a third of it is under (no unit is more than three). Only in between is it counted.
 */
export const measureBody = (body: CallbackBody, maxBytes: number): BodySize => {
  if (typeof body !== 'string') return { bytes: body.byteLength, exact: true }
  if (body.length > maxBytes) return { bytes: body.length, exact: false }
  if (body.length * 3 <= maxBytes) return { bytes: body.length, exact: false }
  return { bytes: byteLength(body), exact: true }
}

/** A view of a byte body as a `Uint8Array` (no copy). */
export const bytesOf = (body: Uint8Array | ArrayBuffer): Uint8Array =>
  body instanceof Uint8Array ? body : new Uint8Array(body)

/** Offset of the first byte that does not start a valid UTF-8 sequence (RFC 3629), or -1. */
export const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    let need: number
    let min: number
    if (b < 0x80) {
      i += 1
      continue
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80]
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800]
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000]
    else return i
    let cp = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

// The BOM is dropped by `bodyText` (see `bomLength`), not by the decoders.
const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/*
 * The body's head, read here and only here: its UTF-8 byte order mark (or a foreign one), and its
 * first character past the BOM and blanks, from which the format is sniffed and a blank body told.
 */

/**
 * Length of the UTF-8 byte order mark `body` starts with: 1 for a string's U+FEFF, 3 for the
 * bytes EF BB BF, 0 when there is none. One mark only: a second U+FEFF is text.
 */
export const bomLength = (body: CheckedBody): number => {
  if (typeof body === 'string') return body.charCodeAt(0) === 0xfeff ? 1 : 0
  return body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? 3 : 0
}

/**
 * The body's first character past its BOM and blanks (space, tab, CR, LF): a UTF-16 code unit
 * of a string, a byte of bytes, so no decoding is needed; -1 when there is none (a blank body).
 */
export const firstContentCode = (body: CheckedBody): number => {
  let i = bomLength(body)
  if (typeof body === 'string') {
    while (i < body.length && isBlankCode(body.charCodeAt(i))) i++
    return i < body.length ? body.charCodeAt(i) : -1
  }
  while (i < body.length && isBlankCode(body[i] ?? 0)) i++
  return body[i] ?? -1
}

/** Byte order marks of encodings that are not UTF-8, longest first (UTF-32 LE starts like UTF-16 LE). */
const FOREIGN_BOMS: ReadonlyArray<readonly [string, ReadonlyArray<number>]> = [
  ['UTF-32 LE', [0xff, 0xfe, 0x00, 0x00]],
  ['UTF-32 BE', [0x00, 0x00, 0xfe, 0xff]],
  ['UTF-16 LE', [0xff, 0xfe]],
  ['UTF-16 BE', [0xfe, 0xff]],
]

/** The encoding a byte order mark at the start of `bytes` names, if it is not UTF-8's. */
export const foreignBom = (bytes: Uint8Array): string | undefined =>
  FOREIGN_BOMS.find(([, mark]) => mark.every((b, i) => bytes[i] === b))?.[0]

const invalidUtf8 = (bytes: Uint8Array, format: BodyFormat | 'unknown'): MalformedBody => {
  const bad = Math.max(0, firstInvalidUtf8(bytes))
  const before = decoder.decode(bytes.subarray(bomLength(bytes), bad))
  const hex = Array.from(bytes.subarray(bad, bad + 4), (b) => b.toString(16).padStart(2, '0')).join(' ')
  return malformedBody(
    format,
    'encoding',
    `Body is not valid UTF-8: byte ${bad} (${hex}) does not start a valid sequence`,
    positionAt(before, before.length),
  )
}

/**
 * The body as text: bytes are strict UTF-8 (invalid bytes are a `MalformedBody`, never U+FFFD,
 * and so is a UTF-16 or UTF-32 byte order mark); a UTF-8 BOM is dropped.
 */
export const bodyText = (body: CallbackBody, format: BodyFormat | 'unknown'): E.Either<MalformedBody, string> => {
  if (typeof body === 'string') return E.right(body.slice(bomLength(body)))
  const bytes = bytesOf(body)
  const bom = foreignBom(bytes)
  if (bom !== undefined) {
    return E.left(
      malformedBody(
        format,
        'encoding',
        `Body starts with a ${bom} byte order mark: Tencent CI callbacks are UTF-8, re-encode the body as UTF-8`,
        { line: 1, column: 1 },
      ),
    )
  }
  try {
    return E.right(strictDecoder.decode(bytes.subarray(bomLength(bytes))))
  } catch {
    return E.left(invalidUtf8(bytes, format))
  }
}
