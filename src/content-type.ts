import * as E from 'fp-ts/lib/Either.js'
import { unsupportedContentType, type BodyFormat, type UnsupportedContentType } from './errors'

/** What a `Content-Type` header tells about the body: a format, or "look at the body". */
export type FormatHint = BodyFormat | 'sniff'

/** Types that say nothing useful about the body: Tencent documents `application/xml` even above JSON samples. */
const SNIFFED = new Set(['', 'text/plain', 'application/octet-stream'])

/** Headers as frameworks usually pass them, answered without parsing. */
const XML: E.Either<never, FormatHint> = E.right('xml')
const JSON_HINT: E.Either<never, FormatHint> = E.right('json')
const SNIFF: E.Either<never, FormatHint> = E.right('sniff')

/** The headers servers send most, answered with no parsing and no allocation. */
const COMMON: ReadonlyMap<string, E.Either<never, FormatHint>> = new Map([
  ['application/xml', XML],
  ['application/json', JSON_HINT],
  ['text/xml', XML],
  ['application/json; charset=utf-8', JSON_HINT],
  ['application/xml; charset=utf-8', XML],
])

const MEDIA_TYPE = /^([a-z0-9!#$&^_.+-]+)\/([a-z0-9!#$&^_.+-]+)$/

/**
 * Reads a `Content-Type` header value: XML for `application/xml`, `text/xml` and `*\/*+xml`; JSON for
 * `application/json` and `*\/*+json`; missing, empty, `text/plain` or `application/octet-stream` mean
 * "sniff the body". Case-insensitive; parameters such as `charset` are ignored.
 */
export const formatFromContentType = (
  header: string | null | undefined,
): E.Either<UnsupportedContentType, FormatHint> => {
  if (header === undefined || header === null) return SNIFF
  const known = COMMON.get(header)
  if (known !== undefined) return known
  const essence = (header.split(';')[0] ?? '').trim().toLowerCase()
  if (SNIFFED.has(essence)) return SNIFF
  const match = MEDIA_TYPE.exec(essence)
  if (match !== null) {
    const [, type, subtype = ''] = match
    if ((type === 'application' || type === 'text') && subtype === 'xml') return XML
    if (type === 'application' && subtype === 'json') return JSON_HINT
    if (subtype.endsWith('+xml')) return XML
    if (subtype.endsWith('+json')) return JSON_HINT
  }
  return E.left(unsupportedContentType(header))
}

const UTF8 = new Set(['utf-8', 'utf8'])

/**
 * The `charset` parameter of a `Content-Type` header when it names an encoding other than UTF-8
 * (as written, without quotes); `undefined` when there is none or it is `UTF-8` / `utf8` (any case).
 * So `'application/xml; charset=GBK'` gives `'GBK'`, `'application/json; charset="utf-8"'` gives `undefined`.
 */
export const foreignCharset = (header: string | null | undefined): string | undefined => {
  if (header === undefined || header === null || !header.includes(';')) return undefined
  for (const parameter of header.split(';').slice(1)) {
    const eq = parameter.indexOf('=')
    if (eq === -1 || parameter.slice(0, eq).trim().toLowerCase() !== 'charset') continue
    const raw = parameter.slice(eq + 1).trim()
    const value = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw
    return UTF8.has(value.toLowerCase()) ? undefined : value
  }
  return undefined
}
