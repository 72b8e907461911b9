import type { BodyFormat } from './errors'
import { bytesOf, type CallbackBody } from './body'
import { isBlankCode } from './normalise/blank'

const formatOf = (c: number | undefined): BodyFormat | undefined =>
  c === 0x3c ? 'xml' : c === 0x7b || c === 0x5b ? 'json' : undefined

/**
 * The format a body looks like from its first non-blank character after any BOM:
 * `<` is XML, `{` or `[` is JSON; anything else (or nothing) is `undefined`.
 * Works on the raw bytes, so it needs no decoding.
 */
export const sniffFormat = (body: CallbackBody): BodyFormat | undefined => {
  if (typeof body === 'string') {
    let i = body.charCodeAt(0) === 0xfeff ? 1 : 0
    while (i < body.length && isBlankCode(body.charCodeAt(i))) i++
    return formatOf(i < body.length ? body.charCodeAt(i) : undefined)
  }
  const bytes = bytesOf(body)
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  while (i < bytes.length && isBlankCode(bytes[i] ?? 0)) i++
  return formatOf(bytes[i])
}
