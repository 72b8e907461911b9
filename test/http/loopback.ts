import { createServer, request, type IncomingMessage, type RequestListener, type Server } from 'node:http'

/** A server listening on 127.0.0.1, on a free port. */
export interface Loopback {
  readonly url: string
  readonly close: () => Promise<void>
}

/** Starts `server` on 127.0.0.1 and returns its URL and a `close` that drops every connection. */
export const listen = async (server: Server): Promise<Loopback> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('the server is not listening on TCP')
  const { port } = address
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((e) => (e === undefined ? resolve() : reject(e)))
      }),
  }
}

/** Starts a `node:http` server with `handler`. */
export const serve = (handler: RequestListener): Promise<Loopback> => listen(createServer(handler))

/** The answer to one request: status, headers and text. */
export interface Reply {
  readonly status: number
  readonly headers: IncomingMessage['headers']
  readonly text: string
}

/** POSTs `body` with `fetch` (so the connection is not kept by a test agent) and reads the reply. */
export const post = async (url: string, body: string | Uint8Array, contentType?: string): Promise<Reply> => {
  const response = await fetch(url, {
    method: 'POST',
    body,
    headers: { connection: 'close', ...(contentType === undefined ? {} : { 'content-type': contentType }) },
  })
  return { status: response.status, headers: Object.fromEntries(response.headers), text: await response.text() }
}

/** What a streamed upload did: the reply, and how many bytes the client managed to send. */
export interface StreamedUpload {
  readonly reply: Reply
  readonly sent: number
}

/**
 * Streams up to `total` bytes of `<Response>` padding in `chunkSize` chunks (chunked encoding, no
 * Content-Length), respecting backpressure, and stops as soon as the server answers.
 */
export const streamUpload = (url: string, total: number, chunkSize = 64 * 1024): Promise<StreamedUpload> =>
  new Promise((resolve, reject) => {
    let sent = 0
    let answered = false
    const chunk = new Uint8Array(chunkSize).fill(0x20)
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/xml', connection: 'close' } })
    req.on('response', (res) => {
      answered = true
      const parts: Buffer[] = []
      res.on('data', (c: Buffer) => parts.push(c))
      res.on('end', () => {
        req.destroy()
        resolve({
          reply: { status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(parts).toString('utf8') },
          sent,
        })
      })
    })
    req.on('error', (e) => {
      if (!answered) reject(e)
    })
    const pump = (): void => {
      while (!answered && sent < total) {
        sent += chunk.byteLength
        if (!req.write(sent === chunk.byteLength ? new TextEncoder().encode('<Response>'.padEnd(chunkSize)) : chunk)) {
          req.once('drain', pump)
          return
        }
      }
      if (!answered) req.end()
    }
    pump()
  })
