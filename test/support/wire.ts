/**
 * Test-only renderers of a wire tree (objects, arrays, strings) the way Tencent renders it:
 * XML repeats an element for each list item; JSON is the mechanical conversion of that XML
 * (one item → the item itself, several → an array, empty → left out).
 */
export type Wire = string | ReadonlyArray<Wire> | { readonly [key: string]: Wire }

const escapeXml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const element = (name: string, value: Wire, indent: string): string => {
  if (typeof value === 'string') return `${indent}<${name}>${escapeXml(value)}</${name}>`
  if (Array.isArray(value)) return value.map((item: Wire) => element(name, item, indent)).join('\n')
  const children = Object.entries(value).map(([k, v]) => element(k, v, `${indent}  `))
  return children.length === 0
    ? `${indent}<${name}/>`
    : `${indent}<${name}>\n${children.join('\n')}\n${indent}</${name}>`
}

/** `<Response>…</Response>`, pretty-printed like the docs. */
export const toXml = (tree: { readonly [key: string]: Wire }): string => element('Response', tree, '')

const jsonValue = (value: Wire): unknown => {
  if (typeof value === 'string') return value === '' ? undefined : value
  if (Array.isArray(value)) {
    const items = value.map((item: Wire) => jsonValue(item)).filter((v) => v !== undefined)
    return items.length === 0 ? undefined : items.length === 1 ? items[0] : items
  }
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    const converted = jsonValue(v)
    if (converted !== undefined) out[k] = converted
  }
  return out
}

/** The JSON Tencent would send for the same tree. */
export const toTencentJson = (tree: { readonly [key: string]: Wire }): string =>
  JSON.stringify(jsonValue(tree), null, 2)
