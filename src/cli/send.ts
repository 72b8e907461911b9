import { readFile } from 'node:fs/promises'
import * as E from 'fp-ts/lib/Either.js'
import { parseCallback, type BodyFormat } from 'tencent-ci-callback'
import { sniffFormat } from '../sniff'
import type { CliIo } from './io'
import type { SendArgs } from './send-args'

const CONTENT_TYPES = { xml: 'application/xml', json: 'application/json' } as const

/** What is posted: the body and the headers Tencent would send with it. */
interface Outgoing {
  readonly body: Uint8Array | string
  readonly what: string
  readonly headers: Readonly<Record<string, string>>
}

/** `X-Ci-Content-Version` for a moderation body (Detail or Simple), as Tencent sends it; none for others. */
const contentVersion = (body: Uint8Array): Readonly<Record<string, string>> => {
  const decoded = parseCallback(body)
  if (E.isLeft(decoded)) return {}
  const version: unknown = Reflect.get(decoded.right, 'ContentVersion')
  return typeof version === 'string' ? { 'X-Ci-Content-Version': version } : {}
}

const outgoing = async (args: SendArgs, io: CliIo): Promise<Outgoing> => {
  const { source } = args
  if (source.kind === 'fixture') {
    const format: BodyFormat = args.format ?? source.fixture.formats[0] ?? 'json'
    return {
      body: source.fixture.body(format),
      what: `fixture ${source.name}`,
      headers: { 'Content-Type': CONTENT_TYPES[format], ...source.fixture.headers },
    }
  }
  const body = await (source.path === '-' ? io.readStdin() : readFile(source.path))
  const format = args.format ?? sniffFormat(body) ?? 'xml'
  return {
    body,
    what: source.path === '-' ? '<stdin>' : source.path,
    headers: { 'Content-Type': CONTENT_TYPES[format], ...contentVersion(body) },
  }
}

/** Why a read or a request failed. Read by field, not `instanceof`: fetch's errors may come from another realm. */
const reasonOf = (e: unknown): string => {
  const field = (key: string): unknown => (typeof e === 'object' && e !== null ? Reflect.get(e, key) : undefined)
  if (field('name') === 'TimeoutError') return 'no answer in time (see --timeout)'
  const message = typeof field('message') === 'string' ? String(field('message')) : String(e)
  const cause: unknown = field('cause')
  const detail = typeof cause === 'object' && cause !== null ? Reflect.get(cause, 'message') : undefined
  return typeof detail === 'string' && detail !== '' ? `${message}: ${detail}` : message
}

/**
 * POSTs a file or a fixture to `args.url` and prints the answer: the status line on stdout, then
 * the response body. Returns the exit status: 0 on a 2xx, 1 on another status, 2 when the body
 * cannot be read or the receiver not reached. Never throws.
 */
export const send = async (args: SendArgs, io: CliIo): Promise<number> => {
  let request: Outgoing
  try {
    request = await outgoing(args, io)
  } catch (e) {
    io.err(
      `tencent-ci-callback send: cannot read ${args.source.kind === 'file' ? args.source.path : ''}: ${reasonOf(e)}`,
    )
    return 2
  }
  const headers = new Headers(request.headers)
  for (const [name, value] of args.headers) headers.set(name, value)
  const size = typeof request.body === 'string' ? new TextEncoder().encode(request.body).length : request.body.length
  io.err(`POST ${args.url.href} (${request.what}, ${headers.get('Content-Type') ?? '?'}, ${size} bytes)`)
  try {
    const response = await fetch(args.url, {
      method: 'POST',
      headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(args.timeoutMs),
    })
    const answer = await response.text()
    io.out(`${response.status} ${response.statusText}`.trimEnd())
    if (answer !== '') io.out(answer)
    return response.ok ? 0 : 1
  } catch (e) {
    io.err(`tencent-ci-callback send: no answer from ${args.url.href}: ${reasonOf(e)}`)
    return 2
  }
}
