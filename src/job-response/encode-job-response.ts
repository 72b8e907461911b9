import type { BodyFormat } from '../errors'
import { writeJson } from '../encode/write-json'
import { writeXml } from '../encode/write-xml'
import type { DroppedField } from '../graded/dropped'
import { restoreDropped } from '../graded/restore'
import { encodeJobResponseTree, type JobResponse } from './job-response'
import { without, type JobResponseWire } from './stamp'

/**
 * A listing's runs came as `WorkflowExecutionList`: when a value was left out inside one, its
 * `Dropped` path says so, and the runs go back under that name for it to be restored in place.
 */
const runsKey = (tree: JobResponseWire, dropped: ReadonlyArray<DroppedField>): JobResponseWire => {
  const listed = dropped.some((d) => d.steps[0] === 'WorkflowExecutionList')
  if (!listed || tree['WorkflowExecution'] === undefined) return tree
  const { WorkflowExecution: runs, ...rest } = tree
  return { ...rest, WorkflowExecutionList: runs }
}

/**
 * Encodes a decoded job API answer back into the body Tencent would send: XML with a `<Response>`
 * root, or JSON, written as `encodeCallback` writes callbacks. The fields the decoder added
 * (`Kind`, `ModerationKind`, `Dropped`) are left out, and every value graded decoding left out is
 * written back where it was; `parseJobResponse(encodeJobResponse(v, f), …)` (with the same `kind`
 * for a moderation answer) decodes to a value deep-equal to `v`.
 *
 * @example
 * import { encodeJobResponse, parseJobResponse } from 'tencent-ci-callback'
 * import * as E from 'fp-ts/lib/Either.js'
 * const answer = parseJobResponse('<Response><NonExistJobIds>j1</NonExistJobIds></Response>', 'application/xml')
 * if (E.isRight(answer)) console.log(encodeJobResponse(answer.right, 'json')) // {"NonExistJobIds":["j1"]} (indented)
 */
export const encodeJobResponse = (value: JobResponse, format: BodyFormat): string => {
  const encoded = without(encodeJobResponseTree(value), ['Dropped'])
  const dropped = value.Dropped
  const tree = dropped === undefined ? encoded : restoreDropped(runsKey(encoded, dropped), dropped)
  return format === 'xml' ? writeXml(tree) : writeJson(tree)
}
