// Koa 3. Run: `npx tsx examples/koa.ts`.
import Koa from 'koa'
import { parseNodeRequest } from 'tencent-ci-callback/node'
import { createReceiver, NOT_FOUND, sameSecret, type ReceiverOptions } from './receiver'

const CALLBACK_PATH = /^\/ci-callback\/([^/]+)$/

export const createApp = ({ secret, maxBytes, log = console }: ReceiverOptions): Koa => {
  const app = new Koa()
  const receive = createReceiver(log)

  // Before any body parser (koa-bodyparser, @koa/bodyparser, koa-body): mount those after this
  // middleware, or skip them for the callback path, so the raw stream is still unread here.
  app.use(async (ctx, next) => {
    const given = CALLBACK_PATH.exec(ctx.path)?.[1]
    if (ctx.method !== 'POST' || given === undefined) return next()
    const { status, headers, body } = sameSecret(given, secret)
      ? receive(await parseNodeRequest(ctx.request, maxBytes === undefined ? {} : { maxBytes }))
      : NOT_FOUND
    ctx.status = status
    ctx.body = body
    ctx.set(headers)
  })
  return app
}

if (process.argv[1]?.endsWith('koa.ts')) {
  createApp({ secret: process.env['CI_CALLBACK_SECRET'] ?? '' }).listen(Number(process.env['PORT'] ?? 3000))
}
