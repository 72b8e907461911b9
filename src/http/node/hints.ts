import type { Framework } from './framework'

/** How to get the raw bytes to the decoder when a body parser turned them into an object first. */
const PARSED_FIX: Readonly<Record<Framework, string>> = {
  express:
    'A body parser (express.json(), express.urlencoded() or express.text() in app.use) ran before this route. ' +
    'Register the callback route before app.use(express.json()), or give the route its own raw parser: ' +
    "app.post(path, express.raw({ type: () => true, limit: '4mb' }), handler)",
  fastify:
    "Fastify's built-in JSON parser ran. Register the callback route in its own plugin that calls " +
    "fastify.removeAllContentTypeParsers() and then fastify.addContentTypeParser('*', { parseAs: 'buffer' }, " +
    '(request, body, done) => done(null, body)), so request.body is the raw Buffer',
  koa:
    'A Koa body parser (koa-bodyparser, @koa/bodyparser, koa-body) ran before this route. Mount it after the ' +
    'callback route or skip it for the callback path; with koa-bodyparser you may pass ctx.request.rawBody instead',
  node:
    'Something read and parsed the body before this handler. Pass the untouched IncomingMessage, or the raw ' +
    'bytes (req.rawBody or a Buffer req.body) to parseNodeRequest',
}

/** How to avoid a body stream being read by something else first. */
const CONSUMED_FIX: Readonly<Record<Framework, string>> = {
  express: PARSED_FIX.express,
  fastify:
    'Fastify read the body with a content-type parser: pass the Fastify request itself (request, not request.raw), ' +
    "with a parser that keeps the bytes: fastify.addContentTypeParser('*', { parseAs: 'buffer' }, (request, body, done) => done(null, body))",
  koa: PARSED_FIX.koa,
  node: 'Pass the IncomingMessage before anything reads it (no req.on("data") or pipe before parseNodeRequest)',
}

/** The message for a body a framework already parsed into an object. */
export const parsedBodyMessage = (framework: Framework, received: string): string =>
  `The request body is ${received}, not the raw bytes: an XML callback cannot be rebuilt from it and ` +
  `numeric-looking IDs may have lost their exact text. ${PARSED_FIX[framework]}`

/** The message for a request stream something already read to its end. */
export const consumedStreamMessage = (framework: Framework): string =>
  `The request body stream was already read before parseNodeRequest saw it. ${CONSUMED_FIX[framework]}`
