import COS from 'cos-nodejs-sdk-v5'
import * as E from 'fp-ts/lib/Either.js'
import type { IncomingMessage } from 'node:http'
import { confirmCallback, ciEndpoint, type Confirmation } from '../../examples/confirm-job'
import type { JobsDetail } from '../../src/codecs/job/jobs-detail'
import { serve, type Loopback } from '../http/loopback'
import { responseSample } from '../job-response/response-samples'

const SECRET_ID = 'AKIDtestconfirmjob0000000000000000'
const SUCCESS_ID = 'j9c0a4726f6ac11ec96aaa9b64ab18d00'
const RUNNING_ID = 'j8d121820f5e411ec926ef19d53ba9c6f'
const UNKNOWN_ID = 'j00000000000000000000000000000000'

/** Tencent's documented DescribeMediaJob answers, by the job id they are about. */
const ANSWERS: Readonly<Record<string, string>> = {
  [SUCCESS_ID]: responseSample('jobs/describe-media-job-success.xml').bytes.toString('utf8'),
  [RUNNING_ID]: responseSample('jobs/describe-media-job-running.xml').bytes.toString('utf8'),
  [UNKNOWN_ID]: `<Response><NonExistJobIds>${UNKNOWN_ID}</NonExistJobIds></Response>`,
}

/** A TaskFinish callback for the documented job, as a forger or Tencent would send it. */
const callbackFor = (jobId: string, state: string, object = 'output/out.mp4'): string =>
  responseSample('jobs/describe-media-job-success.xml')
    .bytes.toString('utf8')
    .replace('<Response>', '<Response>\n    <EventName>TaskFinish</EventName>')
    .replace(SUCCESS_ID, jobId)
    .replace('<State>Success</State>', `<State>${state}</State>`)
    .replace(/<ObjectName>output\/out\.mp4<\/ObjectName>/g, `<ObjectName>${object}</ObjectName>`)

/** The stand-in for the CI endpoint: answers signed `GET /jobs/<JobId>` from `ANSWERS`, records each request. */
const standIn = async () => {
  const requests: Array<Pick<IncomingMessage, 'method' | 'url' | 'headers'>> = []
  const server = await serve((req, res) => {
    requests.push({ method: req.method, url: req.url, headers: req.headers })
    const id = /^\/jobs\/([^/?]+)$/.exec(req.url ?? '')?.[1]
    const answer = id === undefined ? undefined : ANSWERS[id]
    const signed = /q-sign-algorithm=sha1&q-ak=AKIDtestconfirmjob/.test(req.headers.authorization ?? '')
    if (!signed || req.method !== 'GET' || answer === undefined) {
      res.writeHead(signed ? 404 : 403, { 'content-type': 'application/xml' })
      res.end(
        `<Error><Code>${signed ? 'NoSuchKey' : 'AccessDenied'}</Code><Message>${signed ? 'NoSuchJob' : 'Access Denied.'}</Message></Error>`,
      )
      return
    }
    res.writeHead(200, { 'content-type': 'application/xml', 'x-ci-request-id': 'NTk0MjdmODlfMjQ4OGY3XzYzYzh' })
    res.end(answer)
  })
  return { server, requests }
}

describe('the confirm-job recipe (cos-nodejs-sdk-v5 against a stand-in CI endpoint)', () => {
  let loopback: Loopback
  let requests: ReadonlyArray<Pick<IncomingMessage, 'method' | 'url' | 'headers'>>
  const cos = new COS({ SecretId: SECRET_ID, SecretKey: 'test-secret-key' })

  beforeEach(async () => {
    const started = await standIn()
    loopback = started.server
    requests = started.requests
  })
  afterEach(() => loopback.close())

  const confirm = async (body: string) => {
    const acted: Array<JobsDetail> = []
    const result = await confirmCallback(cos, loopback.url, body, 'application/xml', (job) => {
      acted.push(job)
    })
    if (E.isLeft(result)) throw new Error(result.left)
    return { acted, confirmations: result.right }
  }
  const reasons = (confirmations: ReadonlyArray<Confirmation>) =>
    confirmations.map((c) => (c.confirmed ? 'confirmed' : c.reason))

  it('acts on a callback the signed query agrees with', async () => {
    const { acted, confirmations } = await confirm(callbackFor(SUCCESS_ID, 'Success'))
    expect(reasons(confirmations)).toStrictEqual(['confirmed'])
    expect(acted.map((job) => [job.Tag, job.JobId, job.State])).toStrictEqual([['Transcode', SUCCESS_ID, 'Success']])
    expect(requests).toHaveLength(1)
    expect(requests[0]?.method).toBe('GET')
    expect(requests[0]?.url).toBe(`/jobs/${SUCCESS_ID}`)
    expect(requests[0]?.headers.authorization).toMatch(
      /^q-sign-algorithm=sha1&q-ak=AKIDtestconfirmjob0+&q-sign-time=\d+;\d+&q-key-time=\d+;\d+&q-header-list=[^&]*&q-url-param-list=[^&]*&q-signature=[0-9a-f]{40}$/,
    )
  })

  it('does not act when the callback claims outputs the query does not report', async () => {
    const { acted, confirmations } = await confirm(callbackFor(SUCCESS_ID, 'Success', 'output/forged.mp4'))
    expect(acted).toStrictEqual([])
    expect(reasons(confirmations)).toStrictEqual([
      'the outputs differ: callback [test-123456789/ap-chongqing/output/forged.mp4], query [test-123456789/ap-chongqing/output/out.mp4]',
    ])
  })

  it('does not act when the query says the job is still running', async () => {
    const { acted, confirmations } = await confirm(callbackFor(RUNNING_ID, 'Success'))
    expect(acted).toStrictEqual([])
    expect(reasons(confirmations)).toStrictEqual(['the query says Running'])
  })

  it('does not act on a job CI does not know', async () => {
    const { acted, confirmations } = await confirm(callbackFor(UNKNOWN_ID, 'Success'))
    expect(acted).toStrictEqual([])
    expect(reasons(confirmations)).toStrictEqual(['CI knows no such job'])
  })

  it('does not act on a failed job, and does not ask about it', async () => {
    const { acted, confirmations } = await confirm(callbackFor(SUCCESS_ID, 'Failed'))
    expect(acted).toStrictEqual([])
    expect(reasons(confirmations)).toStrictEqual(['the callback says Failed'])
    expect(requests).toHaveLength(0)
  })

  it('does not act when the endpoint refuses the query', async () => {
    const unsigned = new COS({ SecretId: 'AKIDsomeoneelse', SecretKey: 'x' })
    const result = await confirmCallback(unsigned, loopback.url, callbackFor(SUCCESS_ID, 'Success'), undefined, () => {
      throw new Error('must not act')
    })
    const [only] = E.isRight(result) ? result.right : []
    expect(only?.confirmed).toBe(false)
    expect(only !== undefined && !only.confirmed ? only.reason : '').toBe('the query failed: Access Denied.')
  })

  it('builds the endpoint of a bucket', () => {
    expect(ciEndpoint('test-1234567890', 'ap-chongqing')).toBe('https://test-1234567890.ci.ap-chongqing.myqcloud.com')
  })
})
