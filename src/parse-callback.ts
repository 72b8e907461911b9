import * as E from 'fp-ts/lib/Either.js'
import { pipe } from 'fp-ts/lib/function.js'
import { bodyText, checkBody, measureBody, type BodySize, type CallbackBody } from './body'
import { ciCallbackCodec, type CiCallback } from './codecs/callback'
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

const isEmpty = (body: CallbackBody): boolean => (typeof body === 'string' ? body.length : body.byteLength) === 0

/**
 * The body's first character decides when it can (`<` XML, `{`/`[` JSON): Tencent documents
 * `application/xml` even above its JSON samples, so a header can be wrong. The header still
 * refuses types that are neither, and picks the parser for a body that says nothing.
 */
const resolveFormat = (body: CallbackBody, header: string | null | undefined): E.Either<CallbackError, BodyFormat> =>
  pipe(
    formatFromContentType(header),
    E.flatMap((hint) => {
      const sniffed = sniffFormat(body)
      if (sniffed !== undefined) return E.right(sniffed)
      if (hint !== 'sniff') return E.right(hint)
      return E.left(
        malformedBody(
          'unknown',
          'unrecognised',
          isEmpty(body)
            ? 'Body is empty: expected a Tencent CI callback in XML or JSON'
            : 'Body is neither XML (starting with "<") nor JSON (starting with "{"), and no Content-Type says which',
        ),
      )
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

const decode = (
  tree: unknown,
  text: string,
  format: BodyFormat,
  options: ResolvedOptions,
): E.Either<CallbackError, CiCallback> =>
  pipe(
    ciCallbackCodec(options).decode(tree),
    E.mapLeft((errors) => invalidPayload(format, locateIssues(toPayloadIssues(errors), text, format), errors)),
  )

/**
 * Decodes a Tencent CI callback body into a validated, typed value, or says precisely what is wrong.
 *
 * The body is the raw request body (string, `Buffer`/`Uint8Array` or `ArrayBuffer`); `contentType` is
 * the raw `Content-Type` header: a type that is neither XML nor JSON is refused, but the body's first
 * character (`<` or `{`) decides the format, since Tencent labels JSON callbacks `application/xml`
 * too. Pure, synchronous and total:
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
    E.flatMap(({ text, format, options: o }) =>
      pipe(
        parseTree(text, format, o),
        E.flatMap((tree) => decode(tree, text, format, o)),
      ),
    ),
  )
