import type { IncomingHttpHeaders, IncomingMessage } from 'node:http'
import { Readable } from 'node:stream'
import * as E from 'fp-ts/lib/Either.js'
import { parseCallback, type CallbackError, type CiCallback, type ParseOptions } from 'tencent-ci-callback'
import { invalidArgument } from '../../errors'
import { renderValue } from '../../render-value'
import { resolveOptions } from '../../options'
import { bodyTooLarge, emptyBody, unreadableBody } from '../body-errors'
import { declaredLength } from '../declared-length'
import { detectFramework, type Framework } from './framework'
import { consumedStreamMessage, parsedBodyMessage } from './hints'
import { readIncoming } from './read-incoming'

/**
 * Options for `parseNodeRequest`: the `parseCallback` options, plus the framework whose fix an
 * error message should name (guessed from the request when left out).
 *
 * @example
 * import type { NodeRequestOptions } from 'tencent-ci-callback/node'
 * const options: NodeRequestOptions = { maxBytes: 1024 * 1024, framework: 'express' }
 */
export interface NodeRequestOptions extends ParseOptions {
  /** Which framework's fix an error message names; guessed from the request when left out. */
  readonly framework?: Framework
}

/**
 * A request as Node frameworks hand it over: a `node:http` `IncomingMessage` (Express's `req`
 * is one), or a wrapper holding one as `raw` (Fastify's `request`) or `req` (Koa's
 * `ctx.request`). A body the framework already read as bytes (`rawBody`, or a `Buffer` /
 * string `body`) is used as it is.
 *
 * @example
 * import type { NodeRequest } from 'tencent-ci-callback/node'
 * import type { IncomingMessage } from 'node:http'
 * const fromHttp = (req: IncomingMessage): NodeRequest => req
 */
export type NodeRequest = IncomingMessage | WrappedNodeRequest

/**
 * A framework's request object that wraps the `IncomingMessage`: Fastify's `request` (as `raw`),
 * Koa's `ctx.request` (as `req`).
 *
 * @example
 * import type { WrappedNodeRequest } from 'tencent-ci-callback/node'
 * import { Readable } from 'node:stream'
 * const request: WrappedNodeRequest = { headers: {}, raw: Readable.from(['<Response/>']) }
 */
export interface WrappedNodeRequest {
  /** The request headers; `content-type` and `content-length` are read. */
  readonly headers: IncomingHttpHeaders
  /** What a body parser left: raw bytes are used, a parsed object is refused with a fix. */
  readonly body?: unknown
  /** The raw body some plugins keep (`fastify-raw-body`, `koa-bodyparser`): used when bytes or text. */
  readonly rawBody?: unknown
  /** Fastify's `request.raw`: the stream to read. */
  readonly raw?: Readable
  /** Koa's `ctx.request.req`: the stream to read. */
  readonly req?: Readable
}

const field = (request: object, key: string): unknown => (key in request ? Reflect.get(request, key) : undefined)

/** Whether plain JavaScript passed something with headers to read (a request), not `undefined` or the body. */
const isRequest = (u: unknown): u is NodeRequest => {
  const headers: unknown = typeof u === 'object' && u !== null ? Reflect.get(u, 'headers') : undefined
  return typeof headers === 'object' && headers !== null
}

const isBytes = (u: unknown): u is string | Uint8Array => typeof u === 'string' || u instanceof Uint8Array

/** The stream to read: the request itself, or the `IncomingMessage` a wrapper holds. */
const streamOf = (request: NodeRequest): Readable | undefined => {
  if (request instanceof Readable) return request
  const inner = field(request, 'raw') ?? field(request, 'req')
  return inner instanceof Readable ? inner : undefined
}

const isEmptyObject = (u: unknown): boolean =>
  typeof u === 'object' && u !== null && !Array.isArray(u) && Object.keys(u).length === 0

const header = (value: string | ReadonlyArray<string> | undefined): string | undefined =>
  typeof value === 'string' ? value : value?.[0]

const fromBytes = (
  bytes: string | Uint8Array,
  contentType: string | undefined,
  options: NodeRequestOptions | undefined,
): E.Either<CallbackError, CiCallback> =>
  bytes.length === 0 ? E.left(emptyBody()) : parseCallback(bytes, contentType, options)

/**
 * Decodes a Tencent CI callback from a Node request (Express, Fastify, Koa, `node:http`). Uses a
 * body the framework already read as bytes (`req.rawBody`, a `Buffer` or string `req.body`);
 * otherwise reads the stream with `maxBytes` enforced while reading (a `Content-Length` over the
 * limit is refused before reading). A body a parser already turned into an object is an
 * `InvalidArgument` whose message names the fix for your framework. Says "empty" for an empty
 * body whatever the header. Resolves to the same `Either` as `parseCallback`; never rejects.
 *
 * @example
 * import { createServer } from 'node:http'
 * import { parseNodeRequest, sendHttpResponse } from 'tencent-ci-callback/node'
 * import { toHttpResponse } from 'tencent-ci-callback'
 *
 * const server = createServer(async (req, res) => {
 *   const result = await parseNodeRequest(req)
 *   sendHttpResponse(res, toHttpResponse(result))
 * })
 * // server.listen(3000)
 */
export const parseNodeRequest = async (
  request: NodeRequest,
  options?: NodeRequestOptions,
): Promise<E.Either<CallbackError, CiCallback>> => {
  const resolved = resolveOptions(options)
  if (E.isLeft(resolved)) return resolved
  if (!isRequest(request)) {
    const received = renderValue(request)
    return E.left(
      invalidArgument(
        'body',
        received,
        `parseNodeRequest needs the node:http request, or a framework's request object with its headers; received ${received}`,
      ),
    )
  }
  const { maxBytes } = resolved.right
  const framework = options?.framework ?? detectFramework(request)
  const contentType = header(request.headers['content-type'])
  const rawBody = field(request, 'rawBody')
  if (isBytes(rawBody)) return fromBytes(rawBody, contentType, options)
  const body = field(request, 'body')
  if (isBytes(body)) return fromBytes(body, contentType, options)
  const stream = streamOf(request)
  const unread = stream !== undefined && !stream.readableDidRead && !stream.readableEnded
  // Express 4's parsers leave `{}` when the type did not match: the stream is then still unread.
  if (body !== undefined && body !== null && !(unread && isEmptyObject(body))) {
    const received = typeof body === 'object' ? 'an already-parsed object' : renderValue(body)
    return E.left(unreadableBody(received, parsedBodyMessage(framework, received)))
  }
  if (stream === undefined) {
    return E.left(unreadableBody('a request without a body stream', consumedStreamMessage(framework)))
  }
  if (!unread) return E.left(unreadableBody('a request stream already read', consumedStreamMessage(framework)))
  const declared = declaredLength(header(request.headers['content-length']))
  if (declared !== undefined && declared > maxBytes) return E.left(bodyTooLarge(maxBytes, declared, true))
  const bytes = await readIncoming(stream, maxBytes)
  return E.isLeft(bytes) ? bytes : fromBytes(bytes.right, contentType, options)
}
