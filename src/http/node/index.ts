// The `tencent-ci-callback/node` entry: request helpers for Node's `http` module and the
// frameworks built on it. Explicit re-exports only.

export { parseNodeRequest, type NodeRequest, type NodeRequestOptions } from './parse-node-request'
export { sendHttpResponse } from './send-http-response'
export type { Framework } from './framework'
