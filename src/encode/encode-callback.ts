import { CiCallback } from '../codecs/envelope/callback'
import { withoutDelivery } from '../delivery/delivery'
import type { BodyFormat } from '../errors'
import { restoreDropped } from '../graded/restore'
import { writeJson } from './write-json'
import { writeXml } from './write-xml'

/**
 * Encodes a decoded callback back into the body Tencent would send: XML with a `<Response>` root,
 * or Tencent-style JSON. `parseCallback(encodeCallback(v, f))` decodes to a value deep-equal to `v`.
 *
 * What it writes: every field in the value's key order (a decoded value keeps the wire's order);
 * numbers, booleans and times in Tencent's wire form (times in Beijing time, `+0800`); an unset
 * time (`undefined`) as `-`, as Tencent does; an absent optional field not at all; a list as
 * repeated XML elements or a JSON array. Every value graded decoding left out (`Dropped`) is written
 * back where it was, as it came, so the body decodes to the same callback, `Dropped` included;
 * `Dropped` itself is never written as a field.
 *
 * @example
 * import { encodeCallback, parseCallback } from 'tencent-ci-callback'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { smartCoverCallback } from 'tencent-ci-callback/testing'
 * const decoded = parseCallback(smartCoverCallback().body('xml'), 'application/xml')
 * if (E.isRight(decoded)) console.log(encodeCallback(decoded.right, 'json')) // the same callback, as JSON
 */
export const encodeCallback = (value: CiCallback, format: BodyFormat): string => {
  const { Dropped: dropped, ...callback } = withoutDelivery(value)
  const encoded = CiCallback.encode(callback)
  const tree = dropped === undefined ? encoded : restoreDropped(encoded, dropped)
  return format === 'xml' ? writeXml(tree) : writeJson(tree)
}
