/**
 * Gathers a body's chunks up to a byte limit, without `Buffer` (so it runs on any JavaScript
 * runtime). `add` says `false` as soon as the total passes the limit: the caller stops reading
 * there, so an oversized body is never held whole.
 */
export interface ByteCollector {
  /** Adds a chunk; `false` when the total is now over the limit (the chunk is then dropped). */
  readonly add: (chunk: Uint8Array) => boolean
  /** Bytes seen so far, the refused chunk included. */
  readonly size: () => number
  /** The bytes gathered, as one array. */
  readonly bytes: () => Uint8Array
}

/** Starts a collector that accepts at most `maxBytes` bytes. */
export const byteCollector = (maxBytes: number): ByteCollector => {
  const chunks: Uint8Array[] = []
  let size = 0
  return {
    add: (chunk) => {
      size += chunk.byteLength
      if (size > maxBytes) return false
      chunks.push(chunk)
      return true
    },
    size: () => size,
    bytes: () => {
      if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0]
      const out = new Uint8Array(size)
      let offset = 0
      for (const chunk of chunks) {
        out.set(chunk, offset)
        offset += chunk.byteLength
      }
      return out
    },
  }
}

const encoder = new TextEncoder()

/** A stream chunk as bytes: byte arrays as they are, text as UTF-8; anything else is `undefined`. */
export const chunkBytes = (chunk: unknown): Uint8Array | undefined => {
  if (chunk instanceof Uint8Array) return chunk
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk)
  if (typeof chunk === 'string') return encoder.encode(chunk)
  return undefined
}
