import * as E from 'fp-ts/lib/Either.js'
import type { CallbackError } from '../errors'
import { bodyTooLarge, describeThrown, unreadableBody } from './body-errors'
import { byteCollector, chunkBytes } from './byte-collector'
import type { ByteStream } from './request-like'

/**
 * Reads a Streams API body chunk by chunk, at most `maxBytes`: past the limit it cancels the
 * stream and answers `LimitExceeded` at once, so a huge body is never buffered. Never rejects.
 */
export const readByteStream = async (
  stream: ByteStream,
  maxBytes: number,
): Promise<E.Either<CallbackError, Uint8Array>> => {
  const collector = byteCollector(maxBytes)
  try {
    const reader = stream.getReader()
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return E.right(collector.bytes())
      const bytes = chunkBytes(value)
      if (bytes === undefined) {
        await reader.cancel()
        return E.left(
          unreadableBody(
            'a stream of non-byte chunks',
            'The request body stream yielded a chunk that is not bytes or text',
          ),
        )
      }
      if (!collector.add(bytes)) {
        await reader.cancel('over maxBytes').catch(() => undefined)
        return E.left(bodyTooLarge(maxBytes, collector.size(), false))
      }
    }
  } catch (e) {
    return E.left(unreadableBody('a body stream that failed', `Reading the request body failed: ${describeThrown(e)}`))
  }
}
