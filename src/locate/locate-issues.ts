import type { BodyFormat, PayloadIssue } from '../errors'
import type { RestoreKey } from '../normalise/normalise'
import { shorten } from '../render-value'
import { lineStarts, positionAt, positionIn } from '../text-position'
import { locateJson } from './locate-json'
import { locateXml } from './locate-xml'
import { pathSteps, type PathStep } from './path-steps'
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

/** The body an issue's path is located in: its text and format, and the tree parsed from it. */
export interface LocatedBody {
  readonly text: string
  readonly format: BodyFormat
  /** The parsed, not yet normalised tree. */
  readonly raw: unknown
  readonly restore: RestoreKey
}

/**
 * Where each path leads in the body (for a missing field, its closest present ancestor): the
 * offset, line and column, for the first `MAX_LOCATED` paths (`undefined` for the rest). Paths
 * name the normalised tree; `raw` maps them back to the body's own elements, so an empty item the
 * normaliser dropped does not shift the count. Bodies reaching this point are well-formed.
 */
export const locatePaths = (
  paths: ReadonlyArray<ReadonlyArray<PathStep>>,
  body: LocatedBody,
): ReadonlyArray<{ readonly offset: number; readonly line: number; readonly column: number } | undefined> => {
  // One or two look-ups hop between line breaks; more share one table of line starts.
  const starts = paths.length > 2 ? lineStarts(body.text) : undefined
  return paths.map((path, i) => {
    if (i >= MAX_LOCATED) return undefined
    const steps = toRawSteps(body.raw, path, body.restore)
    const offset = body.format === 'xml' ? locateXml(body.text, steps).offset : locateJson(body.text, steps).offset
    const { line, column } = starts === undefined ? positionAt(body.text, offset) : positionIn(starts, offset)
    return { offset, line, column }
  })
}

/**
 * Adds the line and column in the body where each issue's path leads, for the first
 * `MAX_LOCATED` issues (see `locatePaths`). In JSON, a number is quoted as it was sent.
 */
export const locateIssues = (
  issues: ReadonlyArray<PayloadIssue>,
  text: string,
  format: BodyFormat,
  raw: unknown,
  restore: RestoreKey,
): ReadonlyArray<PayloadIssue> => {
  const places = locatePaths(
    issues.map((issue) => pathSteps(issue.path)),
    { text, format, raw, restore },
  )
  return issues.map((issue, i) => {
    const place = places[i]
    if (place === undefined) return issue
    const located = format === 'json' ? asSent(issue, text, place.offset) : issue
    // Built field by field rather than by a spread, which measured slower here.
    return {
      path: located.path,
      expected: located.expected,
      received: located.received,
      message: located.message,
      line: place.line,
      column: place.column,
    }
  })
}

export { asSent }
