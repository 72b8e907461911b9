import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { bodyText, checkBody, firstContentCode, measureBody, type CheckedBody } from './body'
import { foreignCharset, formatFromContentType } from './content-type'
import {
  invalidArgument,
  invalidPayload,
  limitExceeded,
  malformedBody,
  type BodyFormat,
  type CallbackError,
  type PayloadIssue,
} from './errors'
import { findJsonAnomaly, type JsonAnomaly } from './json/anomaly'
import { parseJson } from './json/parse-json'
import { droppedFields, gradedDecode, withDropped } from './graded/graded-decode'
import { locateIssues } from './locate/locate-issues'
import { renderPath } from './locate/path-steps'
import { toNormalisedSteps } from './locate/raw-path'
import { keysAsSent, normaliseTree } from './normalise/normalise'
import { resolveOptions, type ResolvedOptions } from './options'
import { renderValue, shorten } from './render-value'
import { sniffFormat } from './sniff'
import { toPayloadIssues } from './payload-issues'
import { positionAt } from './text-position'
import { XML_TEXT_KEY } from './xml/parser-options'
import { parseXml } from './xml/parse-xml'
import { restoreElementName } from './xml/reserved-names'

/** What a pipeline returns: the decoded value, or the first error that stopped it. */
export type PipelineResult<A> = E.Either<CallbackError, A>
type Result = PipelineResult<never>

const emptyBody = (format: BodyFormat | 'unknown'): Result =>
  E.left(malformedBody(format, 'unrecognised', 'Body is empty: expected a Tencent CI callback in XML or JSON'))

/**
 * The body's first character decides when it can (`<` XML, `{`/`[` JSON): Tencent documents
 * `application/xml` even above its JSON samples, so a header can be wrong. The header still
 * refuses types that are neither, and picks the parser for a body that says nothing.
 */
const resolveFormat = (body: CheckedBody, hint: BodyFormat | 'sniff'): BodyFormat | undefined =>
  sniffFormat(body) ?? (hint === 'sniff' ? undefined : hint)

/** What the normaliser saw in a JSON tree disagrees with the text: find the duplicate key or rounded number. */
const anomalyIssue = (anomaly: JsonAnomaly, raw: unknown, tree: unknown, text: string): PayloadIssue => {
  const path = renderPath(toNormalisedSteps(raw, tree, anomaly.steps, keysAsSent))
  const { line, column } = positionAt(text, anomaly.offset)
  const token = shorten(anomaly.token, 60)
  switch (anomaly.problem) {
    case 'duplicate':
      return {
        path,
        expected: 'each key once',
        received: `the key ${JSON.stringify(token)} again`,
        message: `Duplicate key ${JSON.stringify(token)}: JSON readers disagree on which value counts, so it is refused`,
        line,
        column,
      }
    case 'overflow':
    case 'underflow':
      return {
        path,
        expected: 'a number a JavaScript number can hold',
        received: token,
        message: `Number ${token} ${anomaly.problem === 'overflow' ? 'is too large' : 'is too small'} for a JavaScript number (it would be read as ${anomaly.problem === 'overflow' ? 'Infinity' : '0'})`,
        line,
        column,
      }
  }
}

const invalid = (format: BodyFormat, issues: ReadonlyArray<PayloadIssue>, errors: t.Errors): Result =>
  E.left(invalidPayload(format, issues, errors))

/** The codec a pipeline decodes its normalised tree with, for a set of resolved options. */
export type CodecFor<A> = (options: ResolvedOptions) => t.Decoder<unknown, A>

const decode = <A>(
  text: string,
  format: BodyFormat,
  options: ResolvedOptions,
  codecFor: CodecFor<A>,
): PipelineResult<A> => {
  let raw: unknown
  let textKeys = -1
  if (format === 'xml') {
    const parsed = parseXml(text, options.maxDepth)
    if (E.isLeft(parsed)) return parsed
    raw = parsed.right
  } else {
    const parsed = parseJson(text, options.maxDepth)
    if (E.isLeft(parsed)) return parsed
    raw = parsed.right.tree
    textKeys = parsed.right.keys
  }
  // JSON keys are as sent: `keysAsSent` is the one the normaliser recognises and then calls for no key.
  const restore = format === 'xml' ? restoreElementName : keysAsSent
  // Lists and texts are checked while normalising, which walks the whole tree anyway.
  const normalised = normaliseTree(
    raw,
    restore,
    format === 'xml',
    format === 'xml'
      ? { maxItems: options.maxItems, maxTextLength: options.maxTextLength, blankKey: XML_TEXT_KEY }
      : options,
  )
  const over = normalised.over
  if (over !== undefined) {
    return E.left(limitExceeded(over.unit, over.limit, over.actual, true, renderPath(over.steps)))
  }
  const tree = normalised.value
  if (format === 'json' && (normalised.keys !== textKeys || normalised.oddNumbers > 0)) {
    const anomaly = findJsonAnomaly(text)
    if (anomaly !== undefined) {
      const issue = anomalyIssue(anomaly, raw, tree, text)
      return invalid(format, [issue], [{ value: anomaly.token, context: [], message: issue.message }])
    }
  }
  const codec = codecFor(options)
  if (options.invalidFields !== 'reject') {
    // One pass: an invalid optional value is left out where it is found.
    const graded = gradedDecode(codec, tree)
    if (graded !== undefined) {
      return graded.units.length === 0
        ? E.right(graded.value)
        : E.right(withDropped(graded.value, droppedFields(graded.units, { text, format, raw, restore })))
    }
  }
  // Refused (or 'reject'): a plain decode names every issue, those 'drop' would have dropped included.
  const result = codec.decode(tree)
  if (E.isRight(result)) return result
  const errors = result.left
  return invalid(format, locateIssues(toPayloadIssues(errors), text, format, raw, restore), errors)
}

/**
 * body → text → format → tree → normalised tree → `codecFor(options)` → `Either`: the whole decode
 * path of `parseCallback`, for any top-level codec. Total, like `parseCallback`: every argument is
 * checked, nothing throws (the caller wraps it in a last `try`).
 */
export const runPipeline = <A>(
  body: unknown,
  contentType: unknown,
  options: unknown,
  codecFor: CodecFor<A>,
): PipelineResult<A> => {
  const resolved = resolveOptions(options)
  if (E.isLeft(resolved)) return resolved
  const checked = checkBody(body)
  if (E.isLeft(checked)) return checked
  if (contentType !== undefined && contentType !== null && typeof contentType !== 'string') {
    const received = renderValue(contentType)
    return E.left(
      invalidArgument(
        'contentType',
        received,
        `contentType must be the Content-Type header value (a string) or undefined, received ${received}`,
      ),
    )
  }
  const b = checked.right
  const { maxBytes } = resolved.right
  // Runs before any decoding or parsing, so an oversized body costs one length check.
  const size = measureBody(b, maxBytes)
  if (size.bytes > maxBytes) return E.left(limitExceeded('bytes', maxBytes, size.bytes, size.exact))
  const hint = formatFromContentType(contentType)
  if (E.isLeft(hint)) return hint
  const format = resolveFormat(b, hint.right)
  // Blank bodies (nothing, or only blanks and a BOM) are "empty", whatever the header says.
  if (firstContentCode(b) < 0) return emptyBody(format ?? 'unknown')
  if (format === undefined) {
    return E.left(
      malformedBody(
        'unknown',
        'unrecognised',
        'Body is neither XML (starting with "<") nor JSON (starting with "{"), and no Content-Type says which',
      ),
    )
  }
  if (typeof b !== 'string') {
    const charset = foreignCharset(contentType)
    if (charset !== undefined) {
      return E.left(
        malformedBody(
          format,
          'encoding',
          `Content-Type says charset=${JSON.stringify(shorten(charset, 40))}: Tencent CI callbacks are UTF-8, and no other encoding is read`,
        ),
      )
    }
  }
  const text = bodyText(b, format)
  if (E.isLeft(text)) return text
  return decode(text.right, format, resolved.right, codecFor)
}
