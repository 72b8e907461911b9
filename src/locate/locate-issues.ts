import type { BodyFormat, PayloadIssue } from '../errors'
import type { RestoreKey } from '../normalise/normalise'
import { shorten } from '../render-value'
import { lineStarts, positionIn } from '../text-position'
import { locateJson } from './locate-json'
import { locateXml } from './locate-xml'
import { pathSteps } from './path-steps'
import { toRawSteps } from './raw-path'

/** Each look-up is a walk of the body: a hostile body with thousands of issues gets the first few located. */
const MAX_LOCATED = 20

/** What a received value that is a JSON number looks like when rendered (`renderValue`). */
const RENDERED_NUMBER = /^(?:-?\d|-?Infinity$)/

/** The JSON number written at `offset`, or `undefined` if no number starts there. */
const numberAt = (text: string, offset: number): string | undefined => {
  const match = /-?\d[\d.eE+-]*/y
  match.lastIndex = offset
  return match.exec(text)?.[0]
}

/**
 * Quotes a JSON number as it was sent (`12345678901234567890`), not as `JSON.parse` rounded it
 * (`12345678901234567000`).
 */
const asSent = (issue: PayloadIssue, text: string, offset: number): PayloadIssue => {
  if (!RENDERED_NUMBER.test(issue.received)) return issue
  const sent = numberAt(text, offset)
  if (sent === undefined || sent === issue.received) return issue
  const received = shorten(sent, 60)
  const tail = `received ${issue.received}`
  const message = issue.message.endsWith(tail)
    ? `${issue.message.slice(0, -tail.length)}received ${received}`
    : issue.message
  return { ...issue, received, message }
}

/**
 * Adds the line and column in the body where each issue's path leads (for a missing field, its
 * closest present ancestor), for the first `MAX_LOCATED` issues. Paths name the normalised tree;
 * `raw` (the parsed, not yet normalised tree) maps them back to the body's own elements, so an
 * empty item the normaliser dropped does not shift the count. Bodies reaching this point are
 * known to be well-formed.
 */
export const locateIssues = (
  issues: ReadonlyArray<PayloadIssue>,
  text: string,
  format: BodyFormat,
  raw: unknown,
  restore: RestoreKey,
): ReadonlyArray<PayloadIssue> => {
  const starts = lineStarts(text)
  return issues.map((issue, i) => {
    if (i >= MAX_LOCATED) return issue
    const steps = toRawSteps(raw, pathSteps(issue.path), restore)
    const offset = format === 'xml' ? locateXml(text, steps).offset : locateJson(text, steps).offset
    const { line, column } = positionIn(starts, offset)
    const located = format === 'json' ? asSent(issue, text, offset) : issue
    return { ...located, line, column }
  })
}
