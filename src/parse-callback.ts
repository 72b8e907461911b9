import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import { bodyText, byteLength, checkBody, measureBody, type BodySize, type CallbackBody } from './body'
import { CiCallback } from './codecs/callback'
import { formatFromContentType } from './content-type'
import {
  invalidArgument,
  invalidPayload,
  limitExceeded,
  malformedBody,
  type BodyFormat,
  type CallbackError,
} from './errors'
import { parseJson } from './json/parse-json'
import { locateIssues } from './locate/locate-issues'
import { normalise } from './normalise/normalise'
import { resolveOptions, type ParseOptions, type ResolvedOptions } from './options'
import { toPayloadIssues } from './payload-issues'
import { renderValue } from './render-value'
import { sniffFormat } from './sniff'
import { parseXml } from './xml/parse-xml'
import { restoreElementName } from './xml/reserved-names'

const checkContentType = (u: unknown): E.Either<CallbackError, string | null | undefined> =>
  u === undefined || u === null || typeof u === 'string'
    ? E.right(u)
    : E.left(
        invalidArgument(
          'contentType',
          renderValue(u),
          `contentType must be the Content-Type header value (a string) or undefined, received ${renderValue(u)}`,
        ),
      )

/** Runs before any decoding or parsing, so an oversized body costs one length check. */
const checkSize = (body: CallbackBody, maxBytes: number): E.Either<CallbackError, BodySize> => {
  const size = measureBody(body, maxBytes)
  return size.bytes > maxBytes ? E.left(limitExceeded('bytes', maxBytes, size.bytes, size.exact)) : E.right(size)
}

const resolveFormat = (body: CallbackBody, header: string | null | undefined): E.Either<CallbackError, BodyFormat> =>
  pipe(
    formatFromContentType(header),
    E.flatMap((hint) => {
      if (hint !== 'sniff') return E.right(hint)
      const sniffed = sniffFormat(body)
      return sniffed === undefined
        ? E.left(
            malformedBody(
              'unknown',
              'unrecognised',
              byteLength(body) === 0
                ? 'Body is empty: expected a Tencent CI callback in XML or JSON'
                : 'Body is neither XML (starting with "<") nor JSON (starting with "{"), and no Content-Type says which',
            ),
          )
        : E.right(sniffed)
    }),
  )

const parseTree = (text: string, format: BodyFormat, options: ResolvedOptions): E.Either<CallbackError, unknown> =>
  format === 'xml'
    ? pipe(
        parseXml(text, options.maxDepth),
        E.map((tree) => normalise(tree, restoreElementName)),
      )
    : pipe(
        parseJson(text, options.maxDepth),
        E.map((tree) => normalise(tree)),
      )

const FORMAT_NAMES = { xml: 'XML', json: 'JSON' } as const

/** A syntax error in a body whose first character says the other format gets a hint saying so. */
const hintMismatch =
  (body: CallbackBody, format: BodyFormat) =>
  (error: CallbackError): CallbackError => {
    const looksLike = sniffFormat(body)
    if (error._tag !== 'MalformedBody' || error.reason !== 'syntax' || looksLike === undefined || looksLike === format) {
      return error
    }
    return {
      ...error,
      message: `${error.message} (the body looks like ${FORMAT_NAMES[looksLike]}, but Content-Type says ${FORMAT_NAMES[format]})`,
    }
  }

const decode = (tree: unknown, text: string, format: BodyFormat): E.Either<CallbackError, CiCallback> =>
  pipe(
    CiCallback.decode(tree),
    E.mapLeft((errors) => invalidPayload(format, locateIssues(toPayloadIssues(errors), text, format), errors)),
  )

/**
 * Decodes a Tencent CI callback body into a validated, typed value, or says precisely what is wrong.
 *
 * The body is the raw request body (string, `Buffer`/`Uint8Array` or `ArrayBuffer`); `contentType` is
 * the raw `Content-Type` header (XML or JSON; when it is missing, `text/plain` or
 * `application/octet-stream`, the body's first character decides). Pure, synchronous and total:
 * it never throws, whatever it is given, and never mutates its input.
 *
 * @example
 * import { parseCallback, formatCallbackError } from 'tencent-ci-callback'
 * import * as E from 'fp-ts/lib/Either.js'
 *
 * const result = parseCallback(req.body, req.headers['content-type'])
 * if (E.isLeft(result)) console.error(formatCallbackError(result.left))
 * else for (const job of result.right.JobsDetail) console.log(job.Tag, job.State)
 */
export const parseCallback = (
  body: CallbackBody,
  contentType?: string | null,
  options?: ParseOptions,
): E.Either<CallbackError, CiCallback> =>
  pipe(
    E.Do,
    E.bindW('options', () => resolveOptions(options)),
    E.bindW('body', () => checkBody(body)),
    E.bindW('header', () => checkContentType(contentType)),
    E.tap(({ body: b, options: o }) => checkSize(b, o.maxBytes)),
    E.bindW('format', ({ body: b, header }) => resolveFormat(b, header)),
    E.bindW('text', ({ body: b, format }) => bodyText(b, format)),
    E.flatMap(({ body: b, text, format, options: o }) =>
      pipe(
        parseTree(text, format, o),
        E.mapLeft(hintMismatch(b, format)),
        E.flatMap((tree) => decode(tree, text, format)),
      ),
    ),
  )
