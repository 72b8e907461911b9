// A Next.js 15 App Router route handler. Copy this file to app/ci-callback/[secret]/route.ts and
// examples/receiver.ts beside it (app/ci-callback/[secret]/receiver.ts), set CI_CALLBACK_SECRET
// (at run time; `next build` does not need it), and give Tencent
// https://<your host>/ci-callback/<that string> as the callback URL. A route file may export only
// its handlers (POST here) and route config, so the receiver lives in receiver.ts. Without the
// secret every request is answered 500 and the log says what to set.
//
// createFetchReceiver uses no Node API: in Workers, Deno or Bun, call it with the secret segment of
// the URL and the secret from the platform's environment, e.g. for a Worker:
//   fetch: (request, env) => receive(request, new URL(request.url).pathname.split('/').pop() ?? '', env.CI_CALLBACK_SECRET)
import { createFetchReceiver, SECRET_VARIABLE } from './receiver'

const receive = createFetchReceiver()

/** Next.js 15 passes the dynamic segments as a promise. */
export async function POST(request: Request, context: { params: Promise<{ secret: string }> }): Promise<Response> {
  const { secret } = await context.params
  return receive(request, secret, process.env[SECRET_VARIABLE])
}
