// Express 5: a Tencent CI callback route. Run: `CI_CALLBACK_SECRET=<a long random string> npx tsx examples/express.ts`,
// then give Tencent https://<your host>/ci-callback/<that string> as the callback URL.
import express from 'express'
import { parseNodeRequest, secretMatches } from 'tencent-ci-callback/node'
import { createReceiver, listeningLine, NOT_FOUND, startWithSecret, type ReceiverOptions } from './receiver'

export const createApp = ({ secret, maxBytes, log = console, onJob }: ReceiverOptions): express.Express => {
  const app = express()
  const receive = createReceiver(log, onJob)

  // Register the callback route BEFORE app.use(express.json()): parseNodeRequest reads the raw
  // stream itself, with its own size cap, so no express.raw (and its 100 kB default) is needed.
  app.post('/ci-callback/:secret', async (req, res) => {
    const { status, headers, body } = secretMatches(req.params.secret, secret)
      ? receive(await parseNodeRequest(req, maxBytes === undefined ? {} : { maxBytes }))
      : NOT_FOUND
    res.status(status).set(headers).send(body)
  })

  // The rest of your API, with its JSON parser, after the callback route.
  app.use(express.json())
  app.post('/api/echo', (req, res) => {
    res.json(req.body)
  })
  return app
}

if (process.argv[1]?.endsWith('express.ts')) {
  startWithSecret((secret) => {
    const port = Number(process.env['PORT'] ?? 3000)
    const server = createApp({ secret }).listen(port, () => console.log(listeningLine(server)))
  })
}
