import type { DroppedField } from './graded/dropped'
import { lineColumn, MAX_ISSUE_MESSAGE, MAX_LISTED_ISSUES, showPath } from './format-error'
import { readable } from './render-value'

/**
 * Renders the values graded decoding left out of a callback (`Dropped`) for a log, in the style
 * of `formatCallbackError`: a header, then one line per value: its path, what was received, the
 * line and column in the body, and what was expected. The callback itself was decoded: this is a
 * warning, not an error. Bounded and safe to print like `formatCallbackError` (control and bidi
 * characters escaped, the first `MAX_LISTED_ISSUES` values listed, the rest counted). An empty
 * string when nothing was dropped.
 *
 * @example
 * import { parseCallback, formatDropped } from 'tencent-ci-callback'
 * import * as E from 'fp-ts/lib/Either.js'
 * import { smartCoverCallback } from 'tencent-ci-callback/testing'
 * const body = smartCoverCallback().body('xml').replace('<Count>3</Count>', '<Count>N/A</Count>')
 * const result = parseCallback(body, 'application/xml')
 * if (E.isRight(result) && result.right.Dropped) console.warn(formatDropped(result.right.Dropped))
 * // ⚠ Tencent CI callback decoded without 1 invalid optional value
 * //   ⚠ JobsDetail[0].Operation.SmartCover.Count = "N/A" (line 29, column 28): Expected …
 */
export const formatDropped = (dropped: ReadonlyArray<DroppedField> | undefined): string => {
  if (dropped === undefined || dropped.length === 0) return ''
  const count = dropped.length
  const rest = count - MAX_LISTED_ISSUES
  const lines = dropped.slice(0, MAX_LISTED_ISSUES).map((field) => {
    const where = lineColumn(field.line, field.column)
    const at = where === undefined ? '' : ` (${where})`
    return `  ⚠ ${showPath(field.path)} = ${readable(field.received, 80)}${at}: ${readable(field.message, MAX_ISSUE_MESSAGE)}`
  })
  return [
    `⚠ Tencent CI callback decoded without ${count} invalid optional value${count === 1 ? '' : 's'}`,
    ...lines,
    ...(rest > 0 ? [`  … and ${rest} more`] : []),
  ].join('\n')
}
