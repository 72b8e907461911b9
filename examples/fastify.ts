// Fastify 5. Run: `npx tsx examples/fastify.ts`.
import Fastify, { type FastifyInstance } from 'fastify'
import { parseNodeRequest } from 'tencent-ci-callback/node'
import { createReceiver, NOT_FOUND, sameSecret, type ReceiverOptions } from './receiver'

export const createApp = ({ secret, maxBytes, log = console }: ReceiverOptions): FastifyInstance => {
  const app = Fastify()
  const receive = createReceiver(log)

  // The callback route lives in its own plugin (its own scope): there, Fastify's JSON parser is
  // removed and every content type is left unread, so parseNodeRequest reads the raw bytes with
  // its own cap. The rest of the app keeps Fastify's parsers.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined))
    scope.post<{ Params: { secret: string } }>('/ci-callback/:secret', async (request, reply) => {
      const { status, headers, body } = sameSecret(request.params.secret, secret)
        ? receive(await parseNodeRequest(request, maxBytes === undefined ? {} : { maxBytes }))
        : NOT_FOUND
      return reply.code(status).headers(headers).send(body)
    })
  })

  app.post('/api/echo', async (request) => request.body)
  return app
}

if (process.argv[1]?.endsWith('fastify.ts')) {
  void createApp({ secret: process.env['CI_CALLBACK_SECRET'] ?? '' }).listen({
    port: Number(process.env['PORT'] ?? 3000),
  })
}
