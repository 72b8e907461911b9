import { MAX_MESSAGE, type BodyFormat, type CallbackError, type PayloadIssue } from './errors'
import { readable } from './render-value'

const FORMAT_NAME = { xml: 'XML', json: 'JSON', unknown: 'unknown format' } as const

/**
 * How many issues of an `InvalidPayload` `formatCallbackError` lists; the rest are counted in one line.
 * An `InvalidPayload` with 300 issues renders 10 of them, then `… and 290 more issues`.
 */
export const MAX_LISTED_ISSUES = 10

/** Longest issue message shown, in UTF-16 units (after escaping). */
export const MAX_ISSUE_MESSAGE = 200

/** Longest path shown; the full path stays in `PayloadIssue.path`. */
const MAX_PATH = 100

/**
 * The longest rendering `formatCallbackError` returns, in UTF-16 units, whatever the error: a
 * header, at most `MAX_LISTED_ISSUES` issues of bounded message and path, and a count of the rest.
 */
export const MAX_RENDERED = 4000

/** `line 5, column 18`, or `undefined` when the line is not known. */
export const lineColumn = (line: number | undefined, column: number | undefined): string | undefined =>
  line === undefined ? undefined : column === undefined ? `line ${line}` : `line ${line}, column ${column}`

/** A path as a rendering shows it: `(root)` for the root, escaped and cut. */
export const showPath = (path: string): string => (path === '' ? '(root)' : readable(path, MAX_PATH))

/** What holds the fields in each format, for a missing field's whereabouts. */
const CONTAINER = { xml: 'element', json: 'object' } as const

/**
 * `(line 5, column 18)`; for a missing field (`received` is `nothing`), whose position is that of
 * its closest present ancestor, `(expected inside the element at line 3, column 5)`.
 */
const whereabouts = (issue: PayloadIssue, format: BodyFormat): string => {
  const where = lineColumn(issue.line, issue.column)
  if (where === undefined) return ''
  return issue.received === 'nothing' ? ` (expected inside the ${CONTAINER[format]} at ${where})` : ` (${where})`
}

const issueLines =
  (format: BodyFormat) =>
  (issue: PayloadIssue): ReadonlyArray<string> => [
    `  ✖ ${readable(issue.message, MAX_ISSUE_MESSAGE)}`,
    `    → at ${showPath(issue.path)}${whereabouts(issue, format)}`,
  ]

/** What the heading calls the body: a callback, or a job API answer (`subject`). */
const subjectOf = (error: { readonly subject?: 'job answer' }): string =>
  error.subject === 'job answer' ? 'job API answer' : 'callback'

const invalidPayloadLines = (
  format: BodyFormat,
  issues: ReadonlyArray<PayloadIssue>,
  subject: string,
): ReadonlyArray<string> => {
  const count = issues.length
  const rest = count - MAX_LISTED_ISSUES
  return [
    `✖ Invalid Tencent CI ${subject} (${FORMAT_NAME[format]}): ${count} issue${count === 1 ? '' : 's'}`,
    ...issues.slice(0, MAX_LISTED_ISSUES).flatMap(issueLines(format)),
    ...(rest > 0 ? [`  … and ${rest} more issue${rest === 1 ? '' : 's'}`] : []),
  ]
}

/**
 * Renders any `CallbackError` for humans: one `✖` line saying what is wrong, then, per issue,
 * where (`→ at JobsDetail[0].EndTime`) and, when known, the line and column in the body.
 *
 * The rendering is safe to print and bounded: control characters, line separators, bidi
 * overrides and lone surrogates in messages and paths are shown as escapes (`\u0000`), so the
 * only line breaks are the ones between its lines; long values are cut with `…`; an
 * `InvalidPayload` lists its first `MAX_LISTED_ISSUES` issues and counts the rest; the whole is
 * at most `MAX_RENDERED` characters.
 *
 * @example
 * import { parseCallback, formatCallbackError } from 'tencent-ci-callback'
 * import * as E from 'fp-ts/lib/Either.js'
 * const result = parseCallback('<Response><EventName>TaskFinish</EventName>', 'application/xml')
 * if (E.isLeft(result)) console.log(formatCallbackError(result.left))
 * // ✖ Malformed Tencent CI callback (XML): XML ends before <Response> is closed: is the body truncated?
 * //   → at line 1, column 44
 */
export const formatCallbackError = (error: CallbackError): string => {
  switch (error._tag) {
    case 'InvalidPayload':
      return invalidPayloadLines(error.format, error.issues, subjectOf(error)).join('\n')
    case 'MalformedBody': {
      const where = lineColumn(error.line, error.column)
      const head = `✖ Malformed Tencent CI ${subjectOf(error)} (${FORMAT_NAME[error.format]}): ${readable(error.message, MAX_MESSAGE)}`
      return where === undefined ? head : `${head}\n  → at ${where}`
    }
    case 'UnsupportedContentType':
      return `✖ ${readable(error.message, MAX_MESSAGE)}`
    case 'LimitExceeded':
      return `✖ Tencent CI ${subjectOf(error)} refused: ${readable(error.message, MAX_MESSAGE)}`
    case 'InvalidArgument':
      return `✖ ${error.subject === 'job answer' ? 'parseJobResponse' : 'parseCallback'} misused (${error.argument}): ${readable(error.message, MAX_MESSAGE)}`
  }
}
