import type * as t from 'io-ts'
import { readable, shorten } from './render-value'

/** The two wire formats Tencent CI sends callbacks in. */
export type BodyFormat = 'xml' | 'json'

/**
 * One problem found in a well-formed payload.
 *
 * @example
 * import type { PayloadIssue } from 'tencent-ci-callback'
 * const issue: PayloadIssue = {
 *   path: 'JobsDetail[0].JobId',
 *   expected: 'text',
 *   received: 'nothing',
 *   message: 'Missing required field',
 * }
 */
export interface PayloadIssue {
  /** Where, in the path a user would type: `JobsDetail[0].Input.BucketId` (no `Response.` prefix). */
  readonly path: string
  /** What the codec wanted, in words: `a time like 2022-06-30T15:29:42+0800`. */
  readonly expected: string
  /** A short rendering of what was there, bounded in size: `"yesterday"`, `nothing`, `a list of 3 items`. */
  readonly received: string
  /** One sentence a human can act on. */
  readonly message: string
  /** 1-based line in the body where the path leads (for a missing field, its closest present parent). */
  readonly line?: number
  /** 1-based column to go with `line`. */
  readonly column?: number
}

/** The `Content-Type` header names neither XML nor JSON (nor a type we sniff). */
export interface UnsupportedContentType {
  readonly _tag: 'UnsupportedContentType'
  readonly message: string
  /** The header value as received. */
  readonly contentType: string
  /** What was read, when not a callback: `'job answer'` for `parseJobResponse`'s errors. */
  readonly subject?: 'job answer'
}

/** Why a body could not be read as XML or JSON. */
export type MalformedReason =
  /** Bytes that are not valid UTF-8. */
  | 'encoding'
  /** Empty, or starts with neither `<` nor `{` / `[` when the format had to be sniffed. */
  | 'unrecognised'
  /** Not well-formed XML, or not valid JSON. */
  | 'syntax'
  /** An XML DOCTYPE declaration: refused, so no entity is ever expanded. */
  | 'doctype'
  /** Well-formed XML whose element holds text beside child elements (mixed content), which no callback field is. */
  | 'mixed'

/** The body is not well-formed XML / valid JSON / valid UTF-8. */
export interface MalformedBody {
  readonly _tag: 'MalformedBody'
  readonly message: string
  /** The format the body was read as; `unknown` when it could not be told. */
  readonly format: BodyFormat | 'unknown'
  readonly reason: MalformedReason
  /** 1-based line of the problem in the body, where it can be derived. */
  readonly line?: number
  /** 1-based column of the problem in the body, where it can be derived. */
  readonly column?: number
  /** What was read, when not a callback: `'job answer'` for `parseJobResponse`'s errors. */
  readonly subject?: 'job answer'
}

/** The body parsed, but is not a callback this library recognises. */
export interface InvalidPayload {
  readonly _tag: 'InvalidPayload'
  /** Names the first failing path. */
  readonly message: string
  readonly format: BodyFormat
  /** One entry per failing path, in the order the codecs checked them. */
  readonly issues: ReadonlyArray<PayloadIssue>
  /** The raw io-ts errors, for tooling that wants them. */
  readonly errors: t.Errors
  /** What was read, when not a callback: `'job answer'` for `parseJobResponse`'s errors. */
  readonly subject?: 'job answer'
}

/** A configured limit was exceeded; nothing past the check was done. */
export interface LimitExceeded {
  readonly _tag: 'LimitExceeded'
  readonly message: string
  /**
   * Which limit: body size in bytes (`maxBytes`), nesting depth (`maxDepth`), items in one list
   * (`maxItems`) or characters in one text value (`maxTextLength`).
   */
  readonly unit: LimitUnit
  readonly limit: number
  /**
   * The size found. Exact, except for a string body with more characters than `maxBytes`: it is
   * refused without counting, and `actual` is its length, a lower bound on its UTF-8 size.
   */
  readonly actual: number
  /** For `items` and `characters`: where the list or text is, as received (`JobsDetail[3].Extra`). */
  readonly path?: string
  /** What was read, when not a callback: `'job answer'` for `parseJobResponse`'s errors. */
  readonly subject?: 'job answer'
}

/**
 * What a `LimitExceeded` measured: `bytes` (`maxBytes`), `depth` (`maxDepth`), `items`
 * (`maxItems`) or `characters` (`maxTextLength`).
 *
 * @example
 * import type { LimitUnit } from 'tencent-ci-callback'
 * const closeConnection = (unit: LimitUnit): boolean => unit === 'bytes'
 */
export type LimitUnit = 'bytes' | 'depth' | 'items' | 'characters'

/** `parseCallback` was called with an argument it cannot use (a parsed object as body, bad options). */
export interface InvalidArgument {
  readonly _tag: 'InvalidArgument'
  readonly message: string
  readonly argument: 'body' | 'contentType' | 'options'
  /** A short rendering of what was passed. */
  readonly received: string
  /** What was read, when not a callback: `'job answer'` for `parseJobResponse`'s errors. */
  readonly subject?: 'job answer'
}

/**
 * Everything `parseCallback` can return on the left: plain, readonly, tagged data.
 *
 * @example
 * import { parseCallback, type CallbackError } from 'tencent-ci-callback'
 * const status = (e: CallbackError): number => (e._tag === 'LimitExceeded' ? 413 : 400)
 */
export type CallbackError = UnsupportedContentType | MalformedBody | InvalidPayload | LimitExceeded | InvalidArgument

/**
 * The sentence of an issue, built here only, from what was expected and what was received (as
 * valibot builds its messages): `Expected a whole number like "5", received "five"`; `why`, when
 * given, says what is wrong with the value (`Expected a number: the value is too large, received …`).
 */
export const issueSentence = (expected: string, received: string, why?: string): string =>
  why === undefined
    ? `Expected ${expected}, received ${received}`
    : `Expected ${expected}: ${why}, received ${received}`

/** Longest `message` any error carries, in UTF-16 units: a hostile body cannot make a long one. */
export const MAX_MESSAGE = 400

/** Longest path quoted in a message; the full path stays in `PayloadIssue.path`. */
export const MAX_PATH_IN_MESSAGE = 120

const bounded = (message: string): string => shorten(message, MAX_MESSAGE)

/** A path as messages show it: `(root)` for the root, long paths cut. */
export const showPath = (path: string): string => (path === '' ? '(root)' : readable(path, MAX_PATH_IN_MESSAGE))

/** Builds an `UnsupportedContentType`. */
export const unsupportedContentType = (contentType: string): UnsupportedContentType => ({
  _tag: 'UnsupportedContentType',
  message: `Unsupported Content-Type ${JSON.stringify(shorten(contentType, 80))}: expected XML (application/xml, text/xml, */*+xml) or JSON (application/json, */*+json)`,
  contentType,
})

/** Builds a `MalformedBody`; `line`/`column` are left out when unknown. */
export const malformedBody = (
  format: BodyFormat | 'unknown',
  reason: MalformedReason,
  message: string,
  position?: { readonly line: number; readonly column: number },
): MalformedBody =>
  position === undefined
    ? { _tag: 'MalformedBody', message: bounded(message), format, reason }
    : { _tag: 'MalformedBody', message: bounded(message), format, reason, line: position.line, column: position.column }

/** Builds an `InvalidPayload` whose message names the first failing path. */
export const invalidPayload = (
  format: BodyFormat,
  issues: ReadonlyArray<PayloadIssue>,
  errors: t.Errors,
): InvalidPayload => {
  const first = issues[0]
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more issue${issues.length > 2 ? 's' : ''})` : ''
  const message =
    first === undefined
      ? 'Invalid Tencent CI callback'
      : bounded(`Invalid Tencent CI callback at ${showPath(first.path)}: ${first.message}${more}`)
  return { _tag: 'InvalidPayload', message, format, issues, errors }
}

/** Builds a `LimitExceeded`; `path` (for `items` and `characters`) is left out when not given. */
export const limitExceeded = (
  unit: LimitUnit,
  limit: number,
  actual: number,
  exact = true,
  path?: string,
): LimitExceeded => {
  const error: LimitExceeded = {
    _tag: 'LimitExceeded',
    message: limitMessage(unit, limit, actual, exact, path),
    unit,
    limit,
    actual,
  }
  return path === undefined ? error : { ...error, path }
}

const limitMessage = (unit: LimitUnit, limit: number, actual: number, exact: boolean, path?: string): string => {
  const at = path === undefined ? '' : ` at ${showPath(path)}`
  switch (unit) {
    case 'bytes':
      return `Body is ${exact ? '' : 'at least '}${actual} bytes, over the limit of ${limit} bytes (options.maxBytes)`
    case 'depth':
      return `Body nests ${actual} levels deep, over the limit of ${limit} (options.maxDepth)`
    case 'items':
      return bounded(`List${at} has ${actual} items, over the limit of ${limit} (options.maxItems)`)
    case 'characters':
      return bounded(`Text${at} is ${actual} characters long, over the limit of ${limit} (options.maxTextLength)`)
  }
}

/** Builds an `InvalidArgument`. */
export const invalidArgument = (
  argument: InvalidArgument['argument'],
  received: string,
  message: string,
): InvalidArgument => ({
  _tag: 'InvalidArgument',
  message: bounded(message),
  argument,
  received: shorten(received, 100),
})

/**
 * Folds a `CallbackError` by its `_tag`: one handler per variant, checked for exhaustiveness.
 *
 * @example
 * import { matchCallbackError } from 'tencent-ci-callback'
 * const status = matchCallbackError({
 *   UnsupportedContentType: () => 415,
 *   MalformedBody: () => 400,
 *   InvalidPayload: () => 422,
 *   LimitExceeded: () => 413,
 *   InvalidArgument: () => 500,
 * })
 */
export const matchCallbackError =
  <R>(handlers: { readonly [K in CallbackError['_tag']]: (e: Extract<CallbackError, { _tag: K }>) => R }) =>
  (e: CallbackError): R => {
    switch (e._tag) {
      case 'UnsupportedContentType':
        return handlers.UnsupportedContentType(e)
      case 'MalformedBody':
        return handlers.MalformedBody(e)
      case 'InvalidPayload':
        return handlers.InvalidPayload(e)
      case 'LimitExceeded':
        return handlers.LimitExceeded(e)
      case 'InvalidArgument':
        return handlers.InvalidArgument(e)
    }
  }
