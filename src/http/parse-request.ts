import * as E from 'fp-ts/lib/Either.js'
import type { CiCallback } from '../codecs/envelope/callback'
import type { CallbackError } from '../errors'
import { resolveOptions, type ParseOptions } from '../options'
import { parseCallback } from '../parse-callback'
import { bodyTooLarge, describeThrown, emptyBody, unreadableBody } from './body-errors'
import { declaredLength } from './declared-length'
import { readByteStream } from './read-byte-stream'
import type { RequestLike } from './request-like'

const ALREADY_READ =
  'The Request body was already read (request.json(), request.text() or request.formData() ran first). ' +
  'Pass the untouched request to parseRequest, or parseRequest(request.clone()) if you must read it yourself too'

/** Tells the sender we will not read the body; a locked or broken stream is left as it is. */
const cancelQuietly = async (request: RequestLike): Promise<void> => {
  try {
    await request.body?.getReader().cancel('over maxBytes')
  } catch {
    // Nothing more to do: the body is refused either way.
  }
}

/**
 * Decodes a Tencent CI callback from a Fetch API `Request` (Next.js route handlers, Cloudflare
 * Workers, Deno, Bun, Node 18+). Reads the body with `maxBytes` enforced while reading: a
 * `Content-Length` over the limit is refused before reading, and a streamed body is cancelled as
 * soon as it passes the limit. Takes the `Content-Type` from the request, says "empty" for an
 * empty body whatever the header, and resolves to the same `Either` as `parseCallback`: it never
 * rejects.
 *
 * @example
 * import { parseRequest, toHttpResponse } from 'tencent-ci-callback'
 * import * as E from 'fp-ts/lib/Either.js'
 *
 * export async function POST(request: Request): Promise<Response> {
 *   const result = await parseRequest(request)
 *   if (E.isRight(result)) console.log(result.right.EventName)
 *   const { status, headers, body } = toHttpResponse(result)
 *   return new Response(body, { status, headers })
 * }
 */
export const parseRequest = async (
  request: RequestLike,
  options?: ParseOptions,
): Promise<E.Either<CallbackError, CiCallback>> => {
  const resolved = resolveOptions(options)
  if (E.isLeft(resolved)) return resolved
  const { maxBytes } = resolved.right
  try {
    const contentType = request.headers.get('content-type')
    const declared = declaredLength(request.headers.get('content-length'))
    if (declared !== undefined && declared > maxBytes) {
      await cancelQuietly(request)
      return E.left(bodyTooLarge(maxBytes, declared, true))
    }
    if (request.bodyUsed === true) return E.left(unreadableBody('a Request whose body was already read', ALREADY_READ))
    if (request.body === null) return E.left(emptyBody())
    const bytes = await readByteStream(request.body, maxBytes)
    if (E.isLeft(bytes)) return bytes
    if (bytes.right.byteLength === 0) return E.left(emptyBody())
    return parseCallback(bytes.right, contentType, options)
  } catch (e) {
    return E.left(
      unreadableBody('a Request that could not be read', `Reading the request failed: ${describeThrown(e)}`),
    )
  }
}
