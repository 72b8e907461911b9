// Plain `node:http`: no framework. Run: `CI_CALLBACK_SECRET=<a long random string> npx tsx examples/node-http.ts`,
// then give Tencent https://<your host>/ci-callback/<that string> as the callback URL.
import { createServer, type Server } from 'node:http'
import { parseNodeRequest, secretMatches, sendHttpResponse } from 'tencent-ci-callback/node'
import { createReceiver, listeningLine, NOT_FOUND, startWithSecret, type ReceiverOptions } from './receiver'

const CALLBACK_PATH = /^\/ci-callback\/([^/?]+)$/

export const createCallbackServer = ({ secret, maxBytes, log = console, onJob }: ReceiverOptions): Server => {
  const receive = createReceiver(log, onJob)
  return createServer(async (req, res) => {
    const given = CALLBACK_PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname)?.[1]
    if (req.method !== 'POST' || !secretMatches(given, secret)) {
      sendHttpResponse(res, NOT_FOUND)
      return
    }
    // Reads the body with the size cap enforced while reading: no hand-written stream code.
    sendHttpResponse(res, receive(await parseNodeRequest(req, maxBytes === undefined ? {} : { maxBytes })))
  })
}

if (process.argv[1]?.endsWith('node-http.ts')) {
  startWithSecret((secret) => {
    const port = Number(process.env['PORT'] ?? 3000)
    const server = createCallbackServer({ secret }).listen(port, () => console.log(listeningLine(server)))
  })
}
