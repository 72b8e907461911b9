/**
 * The body size a request declares in `Content-Length`, or `undefined` when it declares none
 * (chunked) or something unreadable. A declared size over `maxBytes` lets a helper refuse the
 * request before reading a byte of it.
 */
export const declaredLength = (header: string | null | undefined): number | undefined => {
  if (header === null || header === undefined) return undefined
  const text = header.trim()
  if (!/^\d{1,15}$/.test(text)) return undefined
  return Number(text)
}
