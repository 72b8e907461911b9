// A Fetch API handler in the shape of a Next.js App Router route handler: put it in
// app/ci-callback/[secret]/route.ts. The same function works in Cloudflare Workers, Deno and Bun
// (`export default { fetch: (request) => POST(request, …) }`): it uses no Node APIs.
import { parseRequest } from 'tencent-ci-callback'
import { createReceiver, NOT_FOUND, sameSecret, type Log } from './receiver'

/** Next.js 15 passes the dynamic segments as a promise. */
export interface RouteContext {
  readonly params: Promise<{ readonly secret: string }>
}

export const createRoute = (secret: string, log: Log = console, maxBytes?: number) => {
  const receive = createReceiver(log)
  return async (request: Request, context: RouteContext): Promise<Response> => {
    const { secret: given } = await context.params
    // parseRequest streams the body with the size cap enforced while reading, and never rejects.
    const { status, headers, body } = sameSecret(given, secret)
      ? receive(await parseRequest(request, maxBytes === undefined ? {} : { maxBytes }))
      : NOT_FOUND
    return new Response(body, { status, headers })
  }
}

/** Next.js picks this export up as the POST handler. */
export const POST = createRoute(process.env['CI_CALLBACK_SECRET'] ?? '')
