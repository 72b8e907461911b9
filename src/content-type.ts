import * as E from 'fp-ts/lib/Either.js'
import { unsupportedContentType, type BodyFormat, type UnsupportedContentType } from './errors'

/** What a `Content-Type` header tells about the body: a format, or "look at the body". */
export type FormatHint = BodyFormat | 'sniff'

/** Types that say nothing useful about the body: Tencent documents `application/xml` even above JSON samples. */
const SNIFFED = new Set(['', 'text/plain', 'application/octet-stream'])

const MEDIA_TYPE = /^([a-z0-9!#$&^_.+-]+)\/([a-z0-9!#$&^_.+-]+)$/

/**
 * Reads a `Content-Type` header value: XML for `application/xml`, `text/xml` and `*\/*+xml`; JSON for
 * `application/json` and `*\/*+json`; missing, empty, `text/plain` or `application/octet-stream` mean
 * "sniff the body". Case-insensitive; parameters such as `charset` are ignored.
 */
export const formatFromContentType = (
  header: string | null | undefined,
): E.Either<UnsupportedContentType, FormatHint> => {
  if (header === undefined || header === null) return E.right('sniff')
  const essence = (header.split(';')[0] ?? '').trim().toLowerCase()
  if (SNIFFED.has(essence)) return E.right('sniff')
  const match = MEDIA_TYPE.exec(essence)
  if (match !== null) {
    const [, type, subtype = ''] = match
    if ((type === 'application' || type === 'text') && subtype === 'xml') return E.right('xml')
    if (type === 'application' && subtype === 'json') return E.right('json')
    if (subtype.endsWith('+xml')) return E.right('xml')
    if (subtype.endsWith('+json')) return E.right('json')
  }
  return E.left(unsupportedContentType(header))
}
