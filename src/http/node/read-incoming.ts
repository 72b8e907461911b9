import type { Readable } from 'node:stream'
import * as E from 'fp-ts/lib/Either.js'
import type { CallbackError } from '../../errors'
import { bodyTooLarge, describeThrown, unreadableBody } from '../body-errors'
import { byteCollector, chunkBytes } from '../byte-collector'

/**
 * Reads a Node request stream, at most `maxBytes`. Past the limit it stops listening and pauses
 * the stream (it does not destroy it, so a 413 can still be sent; answer with `connection: close`
 * so the rest is never read). Never rejects: a stream error or an early close is a `Left`.
 */
export const readIncoming = (stream: Readable, maxBytes: number): Promise<E.Either<CallbackError, Uint8Array>> =>
  new Promise((resolve) => {
    const collector = byteCollector(maxBytes)
    const finish = (result: E.Either<CallbackError, Uint8Array>): void => {
      stream.off('data', onData)
      stream.off('end', onEnd)
      stream.off('error', onError)
      stream.off('close', onClose)
      resolve(result)
    }
    const onData = (chunk: unknown): void => {
      const bytes = chunkBytes(chunk)
      if (bytes === undefined) {
        stream.pause()
        finish(
          E.left(
            unreadableBody(
              'a stream of non-byte chunks',
              'The request stream yielded a chunk that is not bytes or text',
            ),
          ),
        )
      } else if (!collector.add(bytes)) {
        stream.pause()
        finish(E.left(bodyTooLarge(maxBytes, collector.size(), false)))
      }
    }
    const onEnd = (): void => finish(E.right(collector.bytes()))
    const onError = (e: unknown): void =>
      finish(
        E.left(unreadableBody('a request stream that failed', `Reading the request body failed: ${describeThrown(e)}`)),
      )
    const onClose = (): void =>
      finish(
        E.left(
          unreadableBody(
            'a request closed before its end',
            `The client closed the connection after ${collector.size()} bytes, before the body ended`,
          ),
        ),
      )
    stream.on('data', onData)
    stream.once('end', onEnd)
    stream.once('error', onError)
    stream.once('close', onClose)
    stream.resume()
  })
