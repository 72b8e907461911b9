import { formatCallbackError } from '../../src/format-error'
import { parseCallback } from '../../src/parse-callback'
import { parseJobResponse } from '../../src/job-response/parse-job-response'
import { getLeft } from '../support/either'
import { responseSample } from './response-samples'

const headOf = (text: string): string => text.split('\n')[0] ?? ''

describe('formatCallbackError on parseJobResponse errors', () => {
  it('names a job API answer, not a callback, in every heading', () => {
    const answer = responseSample('jobs/describe-doc-process-jobs.json')
    const body = answer.bytes.toString('utf8')
    const cases: ReadonlyArray<readonly [string, string]> = [
      [body.slice(0, body.length >> 1), '✖ Malformed Tencent CI job API answer (JSON):'],
      ['{"Response": {"JobsDetail": {"JobId": 7}}}', '✖ Invalid Tencent CI job API answer (JSON):'],
    ]
    for (const [text, head] of cases) {
      const error = getLeft(parseJobResponse(text, 'application/json'))
      expect(error.subject).toBe('job answer')
      expect(headOf(formatCallbackError(error))).toContain(head)
    }
    const tooBig = getLeft(parseJobResponse(body, 'application/json', { maxBytes: 10 }))
    expect(headOf(formatCallbackError(tooBig))).toMatch(/^✖ Tencent CI job API answer refused: /)
    // A parsed object as the body: the typed signature is bypassed on purpose here.
    const misused: ReturnType<typeof parseJobResponse> = Reflect.apply(parseJobResponse, undefined, [
      { parsed: true },
      'application/json',
    ])
    const misuse = getLeft(misused)
    expect(headOf(formatCallbackError(misuse))).toMatch(/^✖ parseJobResponse misused \(body\): /)
  })

  it('keeps calling a callback a callback', () => {
    const error = getLeft(parseCallback('<Response><EventName>TaskFinish</EventName>', 'application/xml'))
    expect(error.subject).toBeUndefined()
    expect(headOf(formatCallbackError(error))).toMatch(/^✖ Malformed Tencent CI callback \(XML\): /)
  })
})
