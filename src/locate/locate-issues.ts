import type { BodyFormat, PayloadIssue } from '../errors'
import { lineStarts, positionIn } from '../text-position'
import { locateJson } from './locate-json'
import { locateXml } from './locate-xml'
import { pathSteps } from './path-steps'

/** Each look-up is a pass over the body: a hostile body with thousands of issues gets the first few located. */
const MAX_LOCATED = 20

const locate = (text: string, format: BodyFormat, path: string): number => {
  const steps = pathSteps(path)
  if (format === 'xml') return locateXml(text, steps).offset
  // A `{"Response": …}` wrapper is invisible in paths; try through it first.
  const wrapped = locateJson(text, ['Response', ...steps])
  return wrapped.matched > 1 ? wrapped.offset : locateJson(text, steps).offset
}

/**
 * Adds the line and column in the body where each issue's path leads (for a missing field, its
 * closest present ancestor). Bodies reaching this point are known to be well-formed.
 */
export const locateIssues = (
  issues: ReadonlyArray<PayloadIssue>,
  text: string,
  format: BodyFormat,
): ReadonlyArray<PayloadIssue> => {
  const starts = lineStarts(text)
  return issues.map((issue, i) => {
    if (i >= MAX_LOCATED) return issue
    const { line, column } = positionIn(starts, locate(text, format, issue.path))
    return { ...issue, line, column }
  })
}
