import { encodeJobResponse } from '../../src/job-response/encode-job-response'
import { parseJobResponse } from '../../src/job-response/parse-job-response'
import { getRight } from '../support/either'
import { responseSamples, type ResponseSample } from './response-samples'

const contentType = (s: ResponseSample): string => (s.format === 'xml' ? 'application/xml' : 'application/json')
const decode = (s: ResponseSample, body: string | Buffer = s.bytes) =>
  parseJobResponse(body, contentType(s), s.kind === undefined ? undefined : { kind: s.kind })

describe('encodeJobResponse', () => {
  it.each(responseSamples.flatMap((s) => (['xml', 'json'] as const).map((f) => [s.name, f, s] as const)))(
    '%s round-trips through %s',
    (_n, format, s) => {
      const answer = getRight(decode(s))
      const body = encodeJobResponse(answer, format)
      const again = parseJobResponse(body, undefined, s.kind === undefined ? undefined : { kind: s.kind })
      expect(getRight(again)).toStrictEqual(answer)
      expect(body).not.toMatch(/\bKind\b|ModerationKind/)
    },
  )
})
