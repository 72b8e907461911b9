// TDMQ for CMQ, pushed to HTTP: CI publishes each callback to a CMQ topic (a job's `CallBackType`
// `TDMQ` with `CallBackMqConfig { MqRegion, MqMode: 'Topic', MqName }`, or the queue's
// `NotifyConfig { Type: 'TDMQ', MqMode: 'Topic', … }`), and a subscription of that topic pushes
// each message to this endpoint: https://your.host/cmq-push/<CMQ_PUSH_SECRET>. See docs/delivery.md.
// Run: `CMQ_PUSH_SECRET=<a long random string> npx tsx examples/cmq-http-push.ts`.
//
// Either push format works. JSON: the body is CMQ's envelope, `{"msgId", "msgBody", …}`, and
// parseCallback decodes `msgBody` and adds `Delivery` (`messageId`, `topic`, `subscription`,
// `publishTime`). SIMPLIFIED: the body is the callback itself, and the message id comes in the
// `x-cmq-message-id` header. Either way the POST says `Content-Type: text/plain`, which is fine.
//
// What CMQ does with the answer: 2xx is delivered; anything else, or no answer within about 15 s,
// is retried. So a message that can never decode is acknowledged (and logged as an error) rather
// than refused: retrying it would only repeat the refusal. Only a failure of your own handling is
// a 500, so that CMQ delivers the message again. CMQ delivers at least once: key on the message id.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import * as E from 'fp-ts/lib/Either.js'
import { formatCallbackError, type CallbackError, type CiCallback, type HttpResponse } from 'tencent-ci-callback'
import { parseNodeRequest, secretMatches, sendHttpResponse } from 'tencent-ci-callback/node'
import { createHandler, NOT_FOUND, type Log, type ReceiverOptions } from './receiver'

const PUSH_PATH = /^\/cmq-push\/([^/?]+)$/

/**
 * A CMQ message is at most 64 KiB (`MaxMsgSize`); in the JSON format it arrives escaped inside the
 * envelope's `msgBody`, which can make it larger (`"` becomes `\"`, a control character `\u0001`).
 */
export const CMQ_PUSH_MAX_BYTES = 256 * 1024

const text = (status: number, body: string): HttpResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8' },
  body,
})

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name]
  return typeof value === 'string' ? value : value?.[0]
}

/**
 * Turns one decoded push into CMQ's answer, once per message id: the envelope's
 * `Delivery.messageId` (JSON format) or the `x-cmq-message-id` header (SIMPLIFIED format).
 * A `Set` stands in for the unique key in your database.
 */
export const createCmqPushHandler = (log: Log = console) => {
  const handle = createHandler(log)
  const handled = new Set<string>()
  return (result: E.Either<CallbackError, CiCallback>, headerMessageId?: string): HttpResponse => {
    if (E.isLeft(result)) {
      log.error(`dropped CMQ message ${headerMessageId ?? '(no id)'}:\n${formatCallbackError(result.left)}`)
      return text(200, 'Dropped')
    }
    const id = result.right.Delivery?.messageId ?? headerMessageId
    if (id !== undefined && handled.has(id)) {
      log.info(`CMQ delivered message ${id} again: already handled`)
      return text(200, 'OK')
    }
    try {
      handle(result.right)
    } catch (e) {
      log.error(`handling CMQ message ${id ?? '(no id)'} failed: ${e instanceof Error ? e.message : String(e)}`)
      return text(500, 'Handling failed')
    }
    if (id !== undefined) handled.add(id)
    return text(200, 'OK')
  }
}

/** A `node:http` server for the subscription's endpoint, `/cmq-push/<secret>`. */
export const createCmqPushServer = ({
  secret,
  maxBytes = CMQ_PUSH_MAX_BYTES,
  log = console,
}: ReceiverOptions): Server => {
  const answer = createCmqPushHandler(log)
  return createServer(async (req, res) => {
    const given = PUSH_PATH.exec(new URL(req.url ?? '/', 'http://localhost').pathname)?.[1]
    if (req.method !== 'POST' || !secretMatches(given, secret)) {
      sendHttpResponse(res, NOT_FOUND)
      return
    }
    const result = await parseNodeRequest(req, { maxBytes })
    sendHttpResponse(res, answer(result, header(req.headers, 'x-cmq-message-id')))
  })
}

if (process.argv[1]?.endsWith('cmq-http-push.ts')) {
  const secret = process.env['CMQ_PUSH_SECRET']
  if (secret === undefined || secret.trim() === '') {
    console.error(
      'CMQ_PUSH_SECRET is not set. Set it to a long random string and give the CMQ subscription ' +
        'https://<your host>/cmq-push/<that string> as its push endpoint.',
    )
    process.exit(1)
  }
  const port = Number(process.env['PORT'] ?? 3000)
  const server = createCmqPushServer({ secret }).listen(port, () => {
    const address = server.address()
    const bound = typeof address === 'object' && address !== null ? address.port : port
    console.log(`listening on http://localhost:${bound}: CMQ pushes to /cmq-push/<CMQ_PUSH_SECRET>`)
  })
}
