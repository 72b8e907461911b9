/**
 * What `parseRequest` needs from a Fetch API `Request`: its headers and its body stream. The
 * `Request` of Node 18+, Next.js route handlers, Cloudflare Workers, Deno and Bun all fit; the
 * type is structural so the main entry needs neither the DOM library nor `@types/node`.
 *
 * @example
 * import type { RequestLike } from 'tencent-ci-callback'
 * const request: RequestLike = new Request('http://localhost/ci', { method: 'POST', body: '<Response/>' })
 */
export interface RequestLike {
  /** The request headers; `Content-Type` and `Content-Length` are read. */
  readonly headers: {
    /** A header's value, or `null` when absent. */
    get(name: string): string | null
  }
  /** The body stream, or `null` when the request has no body. */
  readonly body: ByteStream | null
  /** True when the body was already read (`request.json()`, `request.text()` …). */
  readonly bodyUsed?: boolean
}

/**
 * A readable byte stream as the Streams API defines it (`ReadableStream<Uint8Array>`).
 *
 * @example
 * import type { ByteStream } from 'tencent-ci-callback'
 * const stream: ByteStream = new Blob(['<Response/>']).stream()
 */
export interface ByteStream {
  /** Locks the stream and returns its reader. */
  getReader(): ByteStreamReader
}

/**
 * The reader of a `ByteStream` (`ReadableStreamDefaultReader`).
 *
 * @example
 * import type { ByteStreamReader } from 'tencent-ci-callback'
 * const reader: ByteStreamReader = new Blob(['<Response/>']).stream().getReader()
 */
export interface ByteStreamReader {
  /** The next chunk (`Uint8Array`), or `done` at the end. */
  read(): Promise<{
    /** True once the stream has ended. */
    readonly done: boolean
    /** The chunk read. */
    readonly value?: unknown
  }>
  /** Tells the sender the rest will not be read. */
  cancel(reason?: unknown): Promise<void>
}
