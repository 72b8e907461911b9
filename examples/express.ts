// Express 5: a Tencent CI callback route. Run: `npx tsx examples/express.ts`, then give Tencent
// https://your.host/ci-callback/<CI_CALLBACK_SECRET> as the callback URL.
import express from 'express'
import { parseNodeRequest } from 'tencent-ci-callback/node'
import { createReceiver, NOT_FOUND, sameSecret, type ReceiverOptions } from './receiver'

export const createApp = ({ secret, maxBytes, log = console }: ReceiverOptions): express.Express => {
  const app = express()
  const receive = createReceiver(log)

  // Register the callback route BEFORE app.use(express.json()): parseNodeRequest reads the raw
  // stream itself, with its own size cap, so no express.raw (and its 100 kB default) is needed.
  app.post('/ci-callback/:secret', async (req, res) => {
    const secretOk = sameSecret(req.params.secret, secret)
    const { status, headers, body } = secretOk
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
  const port = Number(process.env['PORT'] ?? 3000)
  createApp({ secret: process.env['CI_CALLBACK_SECRET'] ?? '' }).listen(port, () => console.log(`listening on ${port}`))
}
