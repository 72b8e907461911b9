import * as E from 'fp-ts/lib/Either.js'
import { parseCallback, type CiCallback } from 'tencent-ci-callback'
import {
  failedTranscodeCallback,
  moderationDetailCallback,
  moderationSimpleCallback,
  smartCoverCallback,
  workflowFinishCallback,
} from 'tencent-ci-callback/testing'
import { createHandler, createReceiver, MISSING_SECRET, secretFromEnv } from '../../examples/receiver'
import { JOB_ID, SEED_JOB_LINE, XML, recorder } from './recorder'

/** Decodes a body as Tencent sends it, so the handler sees what a recipe would give it. */
const decoded = (body: string | Uint8Array): CiCallback => {
  const result = parseCallback(body, undefined)
  if (E.isLeft(result)) throw new Error(`test body does not decode: ${result.left.message}`)
  return result.right
}

describe('the shared receiver', () => {
  it('marks a job done only after its handling succeeded: a redelivery after a failure is handled', () => {
    const { log, lines } = recorder()
    const handled: string[] = []
    let failures = 1
    const receive = createReceiver(log, (job) => {
      if (failures-- > 0) throw new Error('database unavailable')
      handled.push(job.JobId)
    })
    const statuses = [XML, XML, XML].map((body) => receive(parseCallback(body, 'application/xml')).status)
    expect(statuses).toEqual([500, 200, 200])
    expect(handled).toEqual([JOB_ID])
    expect(lines).toEqual([
      `info ${SEED_JOB_LINE}`,
      'error handling the callback failed: database unavailable',
      `info ${SEED_JOB_LINE}`,
      `info duplicate delivery of ${JOB_ID}: already handled`,
    ])
  })

  it('prints the Tag and EventName as sent, never the literal Unknown', () => {
    const { log, lines } = recorder()
    const handle = createHandler(log)
    handle(decoded(XML.toString('utf8').replace(/<Tag>SmartCover<\/Tag>/, '<Tag>FutureTag</Tag>')))
    handle(decoded('{"EventName":"FutureEvent","Anything":1}'))
    expect(lines).toEqual([
      expect.stringMatching(
        /^info FutureTag \(a Tag this version does not know\) job j6842765cf84611ecb8546d80f2baf56f succeeded/,
      ),
      'warn a FutureEvent callback (an EventName this version does not know): acknowledged',
    ])
    expect(lines.join('\n')).not.toMatch(/\bUnknown\b/)
  })

  it('logs one useful line per family: jobs, workflow runs (RunId and State), moderation verdicts', () => {
    const { log, lines } = recorder()
    const handle = createHandler(log)
    const bodies = [
      smartCoverCallback().body('json'),
      failedTranscodeCallback({ Code: 'InternalError', Message: 'try again' }).body('xml'),
      workflowFinishCallback().body('xml'),
      workflowFinishCallback({ State: 'Failed' }).body('json'),
      moderationDetailCallback().body('json'),
      moderationDetailCallback({ Result: 0, Label: 'Normal' }).body('json'),
      moderationSimpleCallback({ result: 2 }).body('json'),
      '{"code":0,"message":"Test request when setting callback url","data":{"trace_id":"test_trace_id"}}',
    ]
    for (const body of bodies) handle(decoded(body))
    expect(lines).toEqual([
      expect.stringMatching(/^info SmartCover job \S+ succeeded/),
      expect.stringMatching(/^warn Transcode job \S+ Failed: InternalError try again$/),
      'info workflow workflow-3 run i166ee19017b011eda8a5525400c540df Success: wk-test/game.mp4',
      'warn workflow workflow-3 run i166ee19017b011eda8a5525400c540df Failed: wk-test/game.mp4',
      expect.stringMatching(/^warn ReviewImage \S+ blocked \(Porn\): upload\/avatar\.jpg$/),
      expect.stringMatching(/^info ReviewImage \S+ passed: upload\/avatar\.jpg$/),
      expect.stringMatching(/^warn ReviewImage \S+ suspicious \(review it\): https:\/\/\S+\/test\.jpg$/),
      'info moderation callback URL check from the console: answered 200',
    ])
    expect(lines.join('\n')).not.toContain('skipped')
  })

  it('refuses a missing or blank CI_CALLBACK_SECRET with a message saying what to set', () => {
    expect(() => secretFromEnv({})).toThrow(MISSING_SECRET)
    expect(() => secretFromEnv({ CI_CALLBACK_SECRET: '  ' })).toThrow(/CI_CALLBACK_SECRET is not set\. Set it to/)
    expect(secretFromEnv({ CI_CALLBACK_SECRET: 'abc' })).toBe('abc')
  })
})
