// Koa 3. Run: `CI_CALLBACK_SECRET=<a long random string> npx tsx examples/koa.ts`,
// then give Tencent https://<your host>/ci-callback/<that string> as the callback URL.
import Koa from 'koa'
import { parseNodeRequest, secretMatches } from 'tencent-ci-callback/node'
import { createReceiver, listeningLine, NOT_FOUND, startWithSecret, type ReceiverOptions } from './receiver'

const CALLBACK_PATH = /^\/ci-callback\/([^/]+)$/

export const createApp = ({ secret, maxBytes, log = console, onJob }: ReceiverOptions): Koa => {
  const app = new Koa()
  const receive = createReceiver(log, onJob)

  // Before any body parser (koa-bodyparser, @koa/bodyparser, koa-body): mount those after this
  // middleware, or skip them for the callback path, so the raw stream is still unread here.
  app.use(async (ctx, next) => {
    const given = CALLBACK_PATH.exec(ctx.path)?.[1]
    if (ctx.method !== 'POST' || given === undefined) return next()
    const { status, headers, body } = secretMatches(given, secret)
      ? receive(await parseNodeRequest(ctx.request, maxBytes === undefined ? {} : { maxBytes }))
      : NOT_FOUND
    ctx.status = status
    ctx.body = body
    ctx.set(headers)
  })
  return app
}

if (process.argv[1]?.endsWith('koa.ts')) {
  startWithSecret((secret) => {
    const port = Number(process.env['PORT'] ?? 3000)
    const server = createApp({ secret }).listen(port, () => console.log(listeningLine(server)))
  })
}
