/**
 * The framework a request came from: it only decides which fix an error message suggests.
 *
 * @example
 * import { parseNodeRequest, type Framework } from 'tencent-ci-callback/node'
 * import { Readable } from 'node:stream'
 * const framework: Framework = 'koa'
 * // As Koa's `ctx.request`: the stream is `req`.
 * const request = { headers: { 'content-type': 'application/xml' }, req: Readable.from(['<Response/>']) }
 * await parseNodeRequest(request, { framework }) // Left(InvalidPayload): no EventName
 */
export type Framework = 'express' | 'fastify' | 'koa' | 'node'

const has = (u: object, key: string): boolean => key in u

/**
 * Guesses the framework from the request object's shape: Fastify's request has `raw` and `server`,
 * Koa's has `ctx`, Express's has `app`; anything else is plain `node:http`.
 */
export const detectFramework = (request: object): Framework => {
  if (has(request, 'raw') && has(request, 'server')) return 'fastify'
  if (has(request, 'ctx') && has(request, 'req')) return 'koa'
  if (has(request, 'app') && has(request, 'res')) return 'express'
  return 'node'
}
