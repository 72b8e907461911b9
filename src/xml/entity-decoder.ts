import type { X2jOptions } from 'fast-xml-parser'
import { isXmlChar } from './chars'

type EntityDecoder = NonNullable<X2jOptions['entityDecoder']>

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

// Any number of digits: XML allows leading zeros (`&#x0000041;`). The scanner has already refused
// references to characters XML forbids, so the `isXmlChar` check below is only a backstop.
const REFERENCE = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(lt|gt|amp|quot|apos));/g

const replace = (match: string, hex?: string, dec?: string, name?: string): string => {
  if (name !== undefined) return NAMED[name] ?? match
  const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? '', 10)
  return isXmlChar(cp) ? String.fromCodePoint(cp) : match
}

/**
 * The only entities ever expanded: the five predefined XML ones and numeric character
 * references (`&#x4e2d;`, `&#20013;`). DOCTYPE-declared and external entities are never
 * registered (the hooks below ignore them), so nothing can expand beyond its own length.
 * Other references such as `&nbsp;` are refused by the scanner before parsing (XML 1.0 allows
 * them only when a DTD declares them); were one to reach here, it would stay as written.
 */
export const xmlEntityDecoder: EntityDecoder = Object.freeze({
  decode: (text: string): string => (text.includes('&') ? text.replace(REFERENCE, replace) : text),
  setExternalEntities: (): void => undefined,
  addInputEntities: (): void => undefined,
  reset: (): void => undefined,
  setXmlVersion: (): void => undefined,
})
