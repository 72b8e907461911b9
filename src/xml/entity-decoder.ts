import type { X2jOptions } from 'fast-xml-parser'

type EntityDecoder = NonNullable<X2jOptions['entityDecoder']>

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

const REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g

/** XML 1.0 `Char`: what a character reference may name. */
const isXmlChar = (cp: number): boolean =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff)

const replace = (match: string, hex?: string, dec?: string, name?: string): string => {
  if (name !== undefined) return NAMED[name] ?? match
  const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? '', 10)
  return isXmlChar(cp) ? String.fromCodePoint(cp) : match
}

/**
 * The only entities ever expanded: the five predefined XML ones and numeric character
 * references (`&#x4e2d;`, `&#20013;`). DOCTYPE-declared and external entities are never
 * registered (the hooks below ignore them), so nothing can expand beyond its own length.
 * Unknown references such as `&nbsp;` stay as written.
 */
export const xmlEntityDecoder: EntityDecoder = Object.freeze({
  decode: (text: string): string => (text.includes('&') ? text.replace(REFERENCE, replace) : text),
  setExternalEntities: (): void => undefined,
  addInputEntities: (): void => undefined,
  reset: (): void => undefined,
  setXmlVersion: (): void => undefined,
})
