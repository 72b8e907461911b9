import type { ServerResponse } from 'node:http'
import type { HttpResponse } from 'tencent-ci-callback'

/**
 * Writes an `HttpResponse` (from `toHttpResponse`) to a `node:http` response and ends it.
 *
 * @example
 * import { createServer } from 'node:http'
 * import { toHttpResponse } from 'tencent-ci-callback'
 * import { parseNodeRequest, sendHttpResponse } from 'tencent-ci-callback/node'
 * createServer(async (req, res) => sendHttpResponse(res, toHttpResponse(await parseNodeRequest(req))))
 */
export const sendHttpResponse = (res: ServerResponse, response: HttpResponse): void => {
  res.writeHead(response.status, response.headers)
  res.end(response.body)
}
