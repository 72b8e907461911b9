import type { BodyFormat } from '../errors'
import { writeJson } from '../encode/write-json'
import { writeXml } from '../encode/write-xml'
import { encodeJobResponseTree, type JobResponse } from './job-response'

/**
 * Encodes a decoded job API answer back into the body Tencent would send: XML with a `<Response>`
 * root, or JSON, written as `encodeCallback` writes callbacks. The fields the decoder added
 * (`Kind`, `ModerationKind`) are left out; `parseJobResponse(encodeJobResponse(v, f), …)` (with the
 * same `kind` for an auditing answer) decodes to a value deep-equal to `v`.
 *
 * @example
 * import { encodeJobResponse, parseJobResponse } from 'tencent-ci-callback'
 * import * as E from 'fp-ts/lib/Either.js'
 * const answer = parseJobResponse(body, 'application/xml')
 * if (E.isRight(answer)) console.log(encodeJobResponse(answer.right, 'json'))
 */
export const encodeJobResponse = (value: JobResponse, format: BodyFormat): string => {
  const tree = encodeJobResponseTree(value)
  return format === 'xml' ? writeXml(tree) : writeJson(tree)
}
