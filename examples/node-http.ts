// Plain `node:http`: no framework. Run: `npx tsx examples/node-http.ts`.
import { createServer, type Server } from 'node:http'
import { parseNodeRequest, sendHttpResponse } from 'tencent-ci-callback/node'
import { createReceiver, NOT_FOUND, sameSecret, type ReceiverOptions } from './receiver'

const CALLBACK_PATH = /^\/ci-callback\/([^/?]+)$/

export const createCallbackServer = ({ secret, maxBytes, log = console }: ReceiverOptions): Server => {
  const receive = createReceiver(log)
  return createServer(async (req, res) => {
    const given = CALLBACK_PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname)?.[1]
    if (req.method !== 'POST' || given === undefined || !sameSecret(given, secret)) {
      sendHttpResponse(res, NOT_FOUND)
      return
    }
    // Reads the body with the size cap enforced while reading: no hand-written stream code.
    sendHttpResponse(res, receive(await parseNodeRequest(req, maxBytes === undefined ? {} : { maxBytes })))
  })
}

if (process.argv[1]?.endsWith('node-http.ts')) {
  const port = Number(process.env['PORT'] ?? 3000)
  createCallbackServer({ secret: process.env['CI_CALLBACK_SECRET'] ?? '' }).listen(port)
}
