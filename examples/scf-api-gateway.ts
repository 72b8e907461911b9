// A Tencent Cloud SCF (Serverless Cloud Function) behind an API Gateway trigger. Set the function's
// handler to `index.main_handler`, its environment variable CI_CALLBACK_SECRET to a long random
// string, the trigger's path to /ci-callback/{secret}, and enable the trigger's integration response
// (集成响应), so the gateway builds the HTTP answer from the { statusCode, headers, body } object
// returned below.
import { parseCallback, secretMatches } from 'tencent-ci-callback'
import { createReceiver, HANDLING_FAILED, MISSING_SECRET, NOT_FOUND, SECRET_VARIABLE, type Log } from './receiver'

/** The fields of SCF's API Gateway trigger event this handler reads. */
export interface ApiGatewayEvent {
  readonly httpMethod: string
  readonly path: string
  readonly headers: Readonly<Record<string, string | undefined>>
  readonly body?: string
  readonly isBase64Encoded?: boolean
  readonly pathParameters?: Readonly<Record<string, string | undefined>>
}

/** The response object API Gateway turns into the HTTP answer. */
export interface ApiGatewayResponse {
  readonly isBase64Encoded: false
  readonly statusCode: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

/** Header names arrive as the client sent them; look them up case-insensitively. */
const header = (event: ApiGatewayEvent, name: string): string | undefined =>
  Object.entries(event.headers).find(([key]) => key.toLowerCase() === name)?.[1]

const answer = ({ status, headers, body }: { status: number; headers: Record<string, string>; body: string }) => ({
  isBase64Encoded: false as const,
  statusCode: status,
  headers,
  body,
})

export const createHandler = (secret: string | undefined, log: Log = console, maxBytes?: number) => {
  const receive = createReceiver(log)
  return async (event: ApiGatewayEvent): Promise<ApiGatewayResponse> => {
    if (secret === undefined || secret.trim() === '') {
      log.error(MISSING_SECRET) // in the function's log: set the environment variable
      return answer(HANDLING_FAILED)
    }
    const given = event.pathParameters?.['secret'] ?? /\/ci-callback\/([^/]+)$/.exec(event.path)?.[1]
    if (event.httpMethod !== 'POST' || !secretMatches(given, secret)) return answer(NOT_FOUND)
    // The gateway hands over the whole body (it enforces its own request size limit); a binary
    // content type arrives base64-encoded.
    const raw = event.body ?? ''
    const body = event.isBase64Encoded === true ? Buffer.from(raw, 'base64') : raw
    return answer(
      receive(parseCallback(body, header(event, 'content-type'), maxBytes === undefined ? {} : { maxBytes })),
    )
  }
}

/** SCF calls `main_handler(event, context)`. */
export const main_handler = createHandler(process.env[SECRET_VARIABLE])
