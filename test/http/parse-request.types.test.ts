import type { IncomingMessage } from 'node:http'
import { expectTypeOf } from 'expect-type'
import type express from 'express'
import type { FastifyRequest } from 'fastify'
import type Koa from 'koa'
import type * as E from 'fp-ts/lib/Either.js'
import {
  parseRequest,
  toHttpResponse,
  type CallbackError,
  type CiCallback,
  type HttpResponse,
  type RequestLike,
} from 'tencent-ci-callback'
import { parseNodeRequest, type NodeRequest } from 'tencent-ci-callback/node'

// Checked by `tsc --noEmit` (npm test runs it first); at run time these are no-ops.

describe('request helper types', () => {
  it('resolve to the same Either as parseCallback', () => {
    expectTypeOf(parseRequest).returns.toEqualTypeOf<Promise<E.Either<CallbackError, CiCallback>>>()
    expectTypeOf(parseNodeRequest).returns.toEqualTypeOf<Promise<E.Either<CallbackError, CiCallback>>>()
    expectTypeOf(toHttpResponse).returns.toEqualTypeOf<HttpResponse>()
  })

  it('accept the request objects of Fetch, node:http, Express, Fastify and Koa as they are', () => {
    expectTypeOf<Request>().toMatchTypeOf<RequestLike>()
    expectTypeOf<IncomingMessage>().toMatchTypeOf<NodeRequest>()
    expectTypeOf<express.Request>().toMatchTypeOf<NodeRequest>()
    expectTypeOf<FastifyRequest>().toMatchTypeOf<NodeRequest>()
    expectTypeOf<Koa.Request>().toMatchTypeOf<NodeRequest>()
  })

  it('take any Either for toHttpResponse, and refuse a bare value', () => {
    expectTypeOf(toHttpResponse).parameter(0).toEqualTypeOf<E.Either<CallbackError, unknown>>()
    // A decoded callback is not a result: passing one is a type error.
    expectTypeOf<CiCallback>().not.toMatchTypeOf<Parameters<typeof toHttpResponse>[0]>()
  })
})
