/**
 * Request helpers for Node's `http` module and the frameworks built on it (Express, Fastify,
 * Koa): `import { parseNodeRequest } from 'tencent-ci-callback/node'`.
 *
 * @module tencent-ci-callback/node
 */

export {
  parseNodeRequest,
  type NodeRequest,
  type NodeRequestOptions,
  type WrappedNodeRequest,
} from './parse-node-request'
export { sendHttpResponse } from './send-http-response'
export type { Framework } from './framework'
export { secretMatches } from 'tencent-ci-callback'
