import * as E from 'fp-ts/lib/Either.js'
import { parseCallback, toHttpResponse, type CallbackError } from 'tencent-ci-callback'
import { sample } from '../support/samples'

const statusOf = (body: string | Uint8Array, type?: string, maxBytes?: number): number =>
  toHttpResponse(parseCallback(body, type, maxBytes === undefined ? undefined : { maxBytes })).status

describe('toHttpResponse', () => {
  it('answers 200 OK to a callback', () => {
    const response = toHttpResponse(parseCallback(sample('smart-cover/workflow.xml').bytes, 'application/xml'))
    expect(response).toEqual({ status: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'OK' })
  })

  it('answers 4xx with the formatted error to a body that is not a callback', () => {
    expect(statusOf('<Response><EventName>TaskFinish', 'application/xml')).toBe(400)
    expect(statusOf('{"EventName":"TaskFinish"}', 'application/json')).toBe(422)
    // An event this version does not know is accepted, and skipped by the handler: 200.
    expect(statusOf('{"EventName":"Nope"}', 'application/json')).toBe(200)
    expect(statusOf('<Response/>', 'image/png')).toBe(415)
    const response = toHttpResponse(parseCallback('{"EventName": ', 'application/json'))
    expect(response.body).toMatch(/^✖ Malformed Tencent CI callback \(JSON\)/)
  })

  it('answers 413 and closes the connection over maxBytes', () => {
    const response = toHttpResponse(
      parseCallback(sample('smart-cover/workflow.xml').bytes, undefined, { maxBytes: 10 }),
    )
    expect(response.status).toBe(413)
    expect(response.headers['connection']).toBe('close')
  })

  it('answers 500 without details for the receiver’s own misuse', () => {
    const misuse: CallbackError = { _tag: 'InvalidArgument', argument: 'body', received: 'x', message: 'secret detail' }
    const response = toHttpResponse(E.left(misuse))
    expect(response.status).toBe(500)
    expect(response.body).not.toContain('secret detail')
  })

  it('answers 500, without throwing, when plain JavaScript passes something other than a result', () => {
    const decoded = parseCallback(sample('smart-cover/workflow.xml').bytes, 'application/xml')
    const notResults: ReadonlyArray<unknown> = [
      undefined,
      null,
      'OK',
      E.isRight(decoded) ? decoded.right : 'unreachable',
      { _tag: 'Left', left: { _tag: 'Nonsense' } },
      { _tag: 'Left' },
    ]
    for (const value of notResults) {
      // A caller without types can pass anything; the typed signature is bypassed on purpose here.
      const response = Reflect.apply(toHttpResponse, undefined, [value])
      expect(response.status).toBe(500)
      expect(response.body).toMatch(/toHttpResponse was given something other than a parseCallback/)
    }
  })
})
