// Fastify 5. Run: `CI_CALLBACK_SECRET=<a long random string> npx tsx examples/fastify.ts`,
// then give Tencent https://<your host>/ci-callback/<that string> as the callback URL.
import Fastify, { type FastifyInstance } from 'fastify'
import { parseNodeRequest, secretMatches } from 'tencent-ci-callback/node'
import { createReceiver, listeningLine, NOT_FOUND, startWithSecret, type ReceiverOptions } from './receiver'

export const createApp = ({ secret, maxBytes, log = console, onJob }: ReceiverOptions): FastifyInstance => {
  const app = Fastify()
  const receive = createReceiver(log, onJob)

  // The callback route lives in its own plugin (its own scope): there, Fastify's JSON parser is
  // removed and every content type is left unread, so parseNodeRequest reads the raw bytes with
  // its own cap. The rest of the app keeps Fastify's parsers.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers()
    scope.addContentTypeParser('*', (_request, _payload, done) => done(null, undefined))
    scope.post<{ Params: { secret: string } }>('/ci-callback/:secret', async (request, reply) => {
      const { status, headers, body } = secretMatches(request.params.secret, secret)
        ? receive(await parseNodeRequest(request, maxBytes === undefined ? {} : { maxBytes }))
        : NOT_FOUND
      return reply.code(status).headers(headers).send(body)
    })
  })

  app.post('/api/echo', async (request) => request.body)
  return app
}

if (process.argv[1]?.endsWith('fastify.ts')) {
  startWithSecret((secret) => {
    const port = Number(process.env['PORT'] ?? 3000)
    const app = createApp({ secret })
    app
      .listen({ port })
      .then(() => console.log(listeningLine(app.server)))
      .catch((e: unknown) => {
        console.error(e instanceof Error ? e.message : String(e))
        process.exit(1)
      })
  })
}
