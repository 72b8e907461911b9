import { createServer } from 'node:http'
import express from 'express'
import Fastify from 'fastify'
import * as E from 'fp-ts/lib/Either.js'
import { toHttpResponse, type CallbackError } from 'tencent-ci-callback'
import { parseNodeRequest } from 'tencent-ci-callback/node'
import { listen, post } from '../loopback'

const JSON_CALLBACK = '{"EventName":"TaskFinish","JobsDetail":[]}'

/** The misuse these tests provoke, as the helper reports it. */
const errors: CallbackError[] = []
const remember = (result: E.Either<CallbackError, unknown>) => {
  if (E.isLeft(result)) errors.push(result.left)
  return toHttpResponse(result)
}
beforeEach(() => {
  errors.length = 0
})

describe('parseNodeRequest behind a JSON parser that ran first', () => {
  it('names route order in Express', async () => {
    const app = express()
    app.use(express.json())
    app.post('/cb', async (req, res) => {
      const { status, body } = remember(await parseNodeRequest(req))
      res.status(status).send(body)
    })
    const server = await listen(createServer(app))
    try {
      expect((await post(`${server.url}/cb`, JSON_CALLBACK, 'application/json')).status).toBe(500)
    } finally {
      await server.close()
    }
    expect(errors[0]?.message).toContain('Register the callback route before app.use(express.json())')
  })

  it("names Fastify's own JSON parser", async () => {
    const app = Fastify()
    app.post('/cb', async (request, reply) => {
      const { status, body } = remember(await parseNodeRequest(request))
      return reply.code(status).send(body)
    })
    await app.listen({ port: 0, host: '127.0.0.1' })
    try {
      const address = app.server.address()
      const port = typeof address === 'object' && address !== null ? address.port : 0
      expect((await post(`http://127.0.0.1:${port}/cb`, JSON_CALLBACK, 'application/json')).status).toBe(500)
    } finally {
      await app.close()
    }
    expect(errors[0]?.message).toContain("Fastify's built-in JSON parser ran")
    expect(errors[0]?.message).toContain('removeAllContentTypeParsers()')
  })
})
