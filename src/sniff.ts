import type { BodyFormat } from './errors'
import { bytesOf, firstContentCode, type CallbackBody } from './body'

/**
 * The format a body looks like from its first non-blank character after any BOM
 * (`firstContentCode`): `<` is XML, `{` or `[` is JSON; anything else (or nothing) is `undefined`.
 * Works on the raw bytes, so it needs no decoding.
 */
export const sniffFormat = (body: CallbackBody): BodyFormat | undefined => {
  const c = firstContentCode(typeof body === 'string' ? body : bytesOf(body))
  return c === 0x3c ? 'xml' : c === 0x7b || c === 0x5b ? 'json' : undefined
}
