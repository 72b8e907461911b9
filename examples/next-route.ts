// A Next.js 15 App Router route handler. Copy this file to app/ci-callback/[secret]/route.ts and
// examples/receiver.ts beside it (app/ci-callback/[secret]/receiver.ts), set CI_CALLBACK_SECRET,
// and give Tencent https://<your host>/ci-callback/<that string> as the callback URL.
// A route file may export only its handlers (POST here) and route config: the receiver it uses
// lives in receiver.ts. createFetchReceiver uses no Node API, so the same handler works in
// Workers, Deno and Bun: `export default { fetch: (request, env) => receive(request, given, env.CI_CALLBACK_SECRET) }`.
import { createFetchReceiver, SECRET_VARIABLE } from './receiver'

const receive = createFetchReceiver()

/** Next.js 15 passes the dynamic segments as a promise. */
export async function POST(request: Request, context: { params: Promise<{ secret: string }> }): Promise<Response> {
  const { secret } = await context.params
  return receive(request, secret, process.env[SECRET_VARIABLE])
}
