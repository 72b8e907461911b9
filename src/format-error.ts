import { MAX_MESSAGE, showPath, type CallbackError, type PayloadIssue } from './errors'
import { shorten } from './render-value'

const FORMAT_NAME = { xml: 'XML', json: 'JSON', unknown: 'unknown format' } as const

const lineColumn = (line: number | undefined, column: number | undefined): string | undefined =>
  line === undefined ? undefined : column === undefined ? `line ${line}` : `line ${line}, column ${column}`

const issueLines = (issue: PayloadIssue): ReadonlyArray<string> => {
  const where = lineColumn(issue.line, issue.column)
  return [
    `  ✖ ${shorten(issue.message, MAX_MESSAGE)}`,
    `    → at ${showPath(issue.path)}${where === undefined ? '' : ` (${where})`}`,
  ]
}

/**
 * Renders any `CallbackError` for humans: one `✖` line saying what is wrong, then, per issue,
 * where (`→ at JobsDetail[0].EndTime`) and, when known, the line and column in the body.
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
    case 'InvalidPayload': {
      const count = error.issues.length
      const head = `✖ Invalid Tencent CI callback (${FORMAT_NAME[error.format]}): ${count} issue${count === 1 ? '' : 's'}`
      return [head, ...error.issues.flatMap(issueLines)].join('\n')
    }
    case 'MalformedBody': {
      const where = lineColumn(error.line, error.column)
      const head = `✖ Malformed Tencent CI callback (${FORMAT_NAME[error.format]}): ${shorten(error.message, MAX_MESSAGE)}`
      return where === undefined ? head : `${head}\n  → at ${where}`
    }
    case 'UnsupportedContentType':
      return `✖ ${shorten(error.message, MAX_MESSAGE)}`
    case 'LimitExceeded':
      return `✖ Tencent CI callback refused: ${shorten(error.message, MAX_MESSAGE)}`
    case 'InvalidArgument':
      return `✖ parseCallback misused (${error.argument}): ${shorten(error.message, MAX_MESSAGE)}`
  }
}
