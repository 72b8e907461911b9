import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as E from 'fp-ts/lib/Either.js'
import { parseRequest, type CallbackError, type RequestLike } from 'tencent-ci-callback'
import { taskFinish } from '../support/callbacks'

const SAMPLES = join(__dirname, '..', '..', 'samples', 'smart-cover')
const XML = readFileSync(join(SAMPLES, 'workflow.xml'))
const JSON_BODY = readFileSync(join(SAMPLES, 'workflow.json'))

type Body = Exclude<NonNullable<ConstructorParameters<typeof Request>[1]>['body'], undefined>

const request = (body: Body, headers: Record<string, string> = {}): Request =>
  new Request('http://127.0.0.1/ci-callback', { method: 'POST', body, headers, duplex: 'half' })

const leftOf = <A>(result: E.Either<CallbackError, A>): CallbackError => {
  if (E.isRight(result)) throw new Error('expected a Left')
  return result.left
}

/** A lazily generated body of `total` bytes in 64 KiB chunks, counting how much was pulled. */
const countingStream = (total: number) => {
  const chunk = new Uint8Array(64 * 1024).fill(0x20)
  const counter = { pulled: 0, cancelled: false }
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (counter.pulled >= total) return controller.close()
      counter.pulled += chunk.byteLength
      controller.enqueue(chunk)
    },
    cancel() {
      counter.cancelled = true
    },
  })
  return { stream, counter }
}

describe('parseRequest', () => {
  it.each([
    ['XML', XML, 'application/xml'],
    ['JSON', JSON_BODY, 'application/json'],
  ])('decodes the seed sample (%s) from a real Request', async (_, body, type) => {
    const result = await parseRequest(request(body, { 'content-type': type }))
    if (E.isLeft(result)) throw new Error(result.left.message)
    expect(taskFinish(result).JobsDetail[0]?.JobId).toBe('j6842765cf84611ecb8546d80f2baf56f')
  })

  it('decodes a body streamed in small chunks', async () => {
    const bytes = new Uint8Array(XML)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.subarray(i, i + 7))
        controller.close()
      },
    })
    const result = await parseRequest(request(stream, { 'content-type': 'application/xml' }))
    expect(E.isRight(result) && taskFinish(result).JobsDetail[0]?.Tag).toBe('SmartCover')
  })

  it('returns a malformed body as a Left', async () => {
    const error = leftOf(await parseRequest(request('{"EventName": ', { 'content-type': 'application/json' })))
    expect(error).toMatchObject({ _tag: 'MalformedBody', format: 'json', reason: 'syntax' })
  })

  it.each(['application/xml', 'application/json', 'text/plain'])(
    'says "empty" for an empty body (%s)',
    async (type) => {
      for (const body of ['', null]) {
        const error = leftOf(await parseRequest(request(body, { 'content-type': type })))
        expect(error).toMatchObject({ _tag: 'MalformedBody', reason: 'unrecognised' })
        expect(error.message).toMatch(/^Body is empty/)
      }
    },
  )

  it('refuses a streamed body far over maxBytes without reading it all, and cancels it', async () => {
    const total = 1024 * 1024 * 1024
    const { stream, counter } = countingStream(total)
    const error = leftOf(
      await parseRequest(request(stream, { 'content-type': 'application/xml' }), { maxBytes: 100_000 }),
    )
    expect(error).toMatchObject({ _tag: 'LimitExceeded', unit: 'bytes', limit: 100_000 })
    // Stopped within a few chunks of the limit (the stream may queue one ahead), and told the sender.
    expect(counter.pulled).toBeLessThan(100_000 + 4 * 64 * 1024)
    expect(counter.cancelled).toBe(true)
  })

  it('refuses a declared Content-Length over maxBytes before reading a byte', async () => {
    const { stream, counter } = countingStream(10 * 1024 * 1024)
    const fake: RequestLike = {
      headers: new Headers({ 'content-length': String(10 * 1024 * 1024), 'content-type': 'application/xml' }),
      body: stream,
    }
    const error = leftOf(await parseRequest(fake, { maxBytes: 1024 }))
    expect(error).toMatchObject({ _tag: 'LimitExceeded', actual: 10 * 1024 * 1024, limit: 1024 })
    expect(counter.pulled).toBeLessThanOrEqual(64 * 1024)
  })

  it('explains a body that was already read', async () => {
    const used = request(JSON_BODY, { 'content-type': 'application/json' })
    await used.text()
    const error = leftOf(await parseRequest(used))
    expect(error).toMatchObject({ _tag: 'InvalidArgument', argument: 'body' })
    expect(error.message).toContain('request.clone()')
  })

  it('turns a failing stream into a Left, never a rejection', async () => {
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('connection reset'))
      },
    })
    const error = leftOf(await parseRequest(request(stream)))
    expect(error.message).toContain('connection reset')
  })

  it('returns bad options as a Left', async () => {
    const error = leftOf(await parseRequest(request(XML), { maxDepth: 0 }))
    expect(error).toMatchObject({ _tag: 'InvalidArgument', argument: 'options' })
  })
})
