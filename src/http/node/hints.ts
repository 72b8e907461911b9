import type { Framework } from './framework'

// Every message here, with the longest `received` a body can be described as, fits in
// MAX_MESSAGE (400 characters, src/errors.ts) whole: a fix cut in the middle fixes nothing.
// test/http/node/hints.test.ts holds that.

/** The fix that reads the raw body with our own cap: the request helper, not a framework raw parser. */
const HELPER = 'parseNodeRequest from tencent-ci-callback/node'

/** How to get the raw bytes to the decoder when a body parser turned them into an object first. */
const PARSED_FIX: Readonly<Record<Framework, string>> = {
  express:
    'A body parser (express.json() in app.use) ran before this route. Register the callback route before ' +
    `app.use(express.json()) and pass req to ${HELPER}: it reads the raw body itself, capped by maxBytes`,
  fastify:
    "Fastify's built-in JSON parser ran. Register the callback route in its own plugin that calls " +
    "removeAllContentTypeParsers() and addContentTypeParser('*', (req, body, done) => done(null)), " +
    `then pass request to ${HELPER}`,
  koa:
    'A Koa body parser (koa-bodyparser, @koa/bodyparser, koa-body) ran first. Mount it after the callback ' +
    `route or skip it for that path, and pass ctx.request to ${HELPER} (or ctx.request.rawBody)`,
  node: `Something parsed the body first. Pass the untouched IncomingMessage (or the raw bytes as req.rawBody) to ${HELPER}`,
}

/** How to avoid a body stream being read by something else first. */
const CONSUMED_FIX: Readonly<Record<Framework, string>> = {
  express: PARSED_FIX.express,
  fastify:
    "Fastify's content-type parser read it. In the route's plugin call removeAllContentTypeParsers() and " +
    "addContentTypeParser('*', (req, body, done) => done(null)), and pass request (not request.raw) to " +
    HELPER,
  koa: PARSED_FIX.koa,
  node: `Pass the IncomingMessage to ${HELPER} before anything reads it (no req.on("data") or pipe first)`,
}

/** The message for a body a framework already parsed into an object. */
export const parsedBodyMessage = (framework: Framework, received: string): string =>
  `The request body is ${received}, not the raw bytes an XML or JSON callback is decoded from. ${PARSED_FIX[framework]}`

/** The message for a request stream something already read to its end. */
export const consumedStreamMessage = (framework: Framework): string =>
  `The request body stream was already read. ${CONSUMED_FIX[framework]}`
