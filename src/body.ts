import * as E from 'fp-ts/lib/Either.js'
import { invalidArgument, malformedBody, type BodyFormat, type InvalidArgument, type MalformedBody } from './errors'
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

const BOM = '\uFEFF'

const describeReceived = (u: unknown): string =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && !ArrayBuffer.isView(u)
    ? 'an already-parsed object'
    : renderValue(u)

/** Accepts a string, `Uint8Array` (incl. `Buffer`) or `ArrayBuffer`; anything else is an `InvalidArgument`. */
export const checkBody = (u: unknown): E.Either<InvalidArgument, CallbackBody> => {
  if (typeof u === 'string' || u instanceof Uint8Array || u instanceof ArrayBuffer) return E.right(u)
  const received = describeReceived(u)
  return E.left(
    invalidArgument(
      'body',
      received,
      `body must be the raw request body (string, Buffer, Uint8Array or ArrayBuffer), received ${received}. ` +
        'If a body parser (express.json(), express.text()) ran first, read the raw body instead, e.g. express.raw({ type: () => true })',
    ),
  )
}

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

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false })

/** The body as text: bytes are strict UTF-8 (invalid bytes are a `MalformedBody`, never U+FFFD); a BOM is dropped. */
export const bodyText = (body: CallbackBody, format: BodyFormat | 'unknown'): E.Either<MalformedBody, string> => {
  if (typeof body === 'string') return E.right(body.startsWith(BOM) ? body.slice(1) : body)
  const bytes = bytesOf(body)
  const bad = firstInvalidUtf8(bytes)
  if (bad !== -1) {
    const before = decoder.decode(bytes.subarray(0, bad))
    const hex = Array.from(bytes.subarray(bad, bad + 4), (b) => b.toString(16).padStart(2, '0')).join(' ')
    return E.left(
      malformedBody(
        format,
        'encoding',
        `Body is not valid UTF-8: byte ${bad} (${hex}) does not start a valid sequence`,
        positionAt(before, before.length),
      ),
    )
  }
  return E.right(decoder.decode(bytes))
}
