import { isNode, leafText } from './wire-value'

/** XML 1.0 `Name` (ASCII letters, digits and the Unicode ranges a callback key uses). */
const XML_NAME = /^[A-Za-z_\u00C0-\uFFEF][\w.\-\u00B7\u00C0-\uFFEF]*$/

/**
 * Characters XML 1.0 cannot carry at all, not even as a reference (C0 controls other than tab,
 * LF and CR, lone surrogates, U+FFFE and U+FFFF). A value decoded from JSON may hold them.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' }

/**
 * Escapes text for element content: `&`, `<`, `>` as entities, CR as `&#13;` (a raw CR would be
 * turned into LF by every XML reader); a character XML cannot carry becomes U+FFFD.
 */
export const escapeXmlText = (text: string): string =>
  text.replace(/[&<>\r]/g, (c) => ESCAPES[c] ?? c).replace(FORBIDDEN, '\uFFFD')

const writeElement = (name: string, value: unknown, indent: string, out: Array<string>): void => {
  if (Array.isArray(value)) {
    for (const item of value) writeElement(name, item, indent, out)
    return
  }
  if (isNode(value)) {
    const keys = Object.keys(value).filter((key) => XML_NAME.test(key))
    if (keys.length === 0) {
      out.push(`${indent}<${name}/>`)
      return
    }
    out.push(`${indent}<${name}>`)
    for (const key of keys) writeElement(key, value[key], `${indent}    `, out)
    out.push(`${indent}</${name}>`)
    return
  }
  out.push(`${indent}<${name}>${escapeXmlText(leafText(value))}</${name}>`)
}

/**
 * Writes a wire tree as Tencent's XML: a `<Response>` root, one element per key in the tree's key
 * order, a list as repeated elements, four-space indentation.
 *
 * Limits of XML itself: a key that is not an XML name (possible only in a value decoded from
 * JSON, among unknown pass-through fields) is left out, and a character XML cannot carry becomes
 * U+FFFD. A one-item list outside the known list paths reads back as a single value.
 */
export const writeXml = (tree: unknown): string => {
  const out: Array<string> = []
  writeElement('Response', tree, '', out)
  return `${out.join('\n')}\n`
}
