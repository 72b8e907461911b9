import { parseCallback, type CiCallback } from 'tencent-ci-callback'
import {
  failedTranscodeCallback,
  moderationDetailCallback,
  moderationSimpleCallback,
  workflowFinishCallback,
} from 'tencent-ci-callback/testing'
import * as E from 'fp-ts/lib/Either.js'
import { summaryLines } from '../../src/cli/summary'
import { cli, sample } from './cli-harness'

/** The summary of a body, decoded as a receiver would decode it. */
const summary = (body: string): ReadonlyArray<string> => {
  const decoded = parseCallback(body)
  if (E.isLeft(decoded)) throw new Error(`fixture did not decode: ${decoded.left._tag}`)
  return summaryLines('f', decoded.right)
}

describe('--summary: one useful line per job, run or verdict, with the names sent', () => {
  it('prints one line per job, with a failed job’s Code and Message', async () => {
    const { status, outLines } = await cli([
      '--summary',
      sample('smart-cover', 'two-jobs.xml'),
      sample('smart-cover', 'failed.xml'),
    ])
    expect(status).toBe(0)
    expect(outLines).toHaveLength(3)
    expect(outLines[0]).toMatch(/two-jobs\.xml: SmartCover j\w+ Success → output\//)
    expect(outLines[2]).toContain(
      'failed.xml: SmartCover j6842765cf84611ecb8546d80f2baf570 Failed InvalidInput: "The input file is not a video',
    )
  })

  it('shows each value graded decoding left out, one ⚠ line each, after the job', () => {
    const body = failedTranscodeCallback()
      .body('xml')
      .replace(/<Progress>[^<]*<\/Progress>/, '<Progress>N/A</Progress>')
    const out = summary(body)
    expect(out).toHaveLength(3)
    expect(out[1]).toBe('f: ⚠ Tencent CI callback decoded without 1 invalid optional value')
    expect(out[2]).toMatch(/^f: ⚠ JobsDetail\[0\]\.Progress = "N\/A" \(line \d+, column \d+\): Expected a number/)
  })

  it('says a job came without Tag rather than printing undefined', () => {
    const body =
      '{"EventName":"TaskFinish","JobsDetail":{"JobId":"j1","CreationTime":"2022-06-30T15:29:42+0800","State":"Success","Operation":{}}}'
    expect(summary(body)).toEqual(['f: (no Tag) j1 Success'])
  })

  it('names an unknown job by the Tag sent, never "Unknown"', async () => {
    const { outLines } = await cli(['--summary', sample('unknown', 'tag', 'hologram-cover.xml')])
    expect(outLines).toEqual([
      expect.stringMatching(
        /hologram-cover\.xml: HologramCover j6842765cf84611ecb8546d80f2baf56f Success → output\/smartcover-0\.jpg, /,
      ),
    ])
  })

  it('names an unknown callback by the EventName sent', async () => {
    const { outLines } = await cli(['--summary', sample('unknown', 'event-name', 'trans-coding-finish.xml')])
    expect(outLines).toEqual([
      expect.stringMatching(/trans-coding-finish\.xml: TransCodingFinish \(an event this version does not know/),
    ])
    expect(outLines.join('\n')).not.toMatch(/\bUnknown\b/)
  })

  it('gives a workflow run its RunId, State, name and object, and the nodes that failed', () => {
    expect(summary(workflowFinishCallback().body('xml'))).toEqual([
      'f: WorkflowFinish i166ee19017b011eda8a5525400c540df Success "workflow-3" on wk-test/game.mp4',
    ])
    const run = workflowFinishCallback().value.WorkflowExecution
    const failedRun = workflowFinishCallback({
      State: 'Failed',
      Tasks: (run.Tasks ?? []).map((task) =>
        task.Type === 'Transcode' ? { ...task, State: 'Failed', Code: 'InternalError', Message: 'boom' } : task,
      ),
    })
    expect(summary(failedRun.body('json'))).toEqual([
      'f: WorkflowFinish i166ee19017b011eda8a5525400c540df Failed "workflow-3" on wk-test/game.mp4 failed: Transcode j168668b217b011ed8efb27bb229e2d11 Failed InternalError: "boom"',
    ])
  })

  it('gives a Detail moderation callback its verdict', () => {
    expect(summary(moderationDetailCallback().body('json'))).toEqual([
      'f: ReviewImage si5f0e2cf2b4a911ecxxxxxxxxxxxxxxxx Success violation Result=1 Label=Porn SubLabel=SexyBehavior Score=92 ForbidState=1 upload/avatar.jpg',
    ])
    expect(summary(moderationDetailCallback({ Result: 2, Label: 'Ads', SubLabel: 'Banner' }).body('json'))[0]).toMatch(
      /^f: ReviewImage \S+ Success suspicious Result=2 Label=Ads SubLabel=Banner Score=92 /,
    )
  })

  it('gives a document verdict its Suggestion', async () => {
    const { outLines } = await cli(['--summary', sample('moderation', 'document', 'detail-1.json')])
    expect(outLines[0]).toMatch(/detail-1\.json: ReviewDocument \w+ Success normal Suggestion=0 Label=Normal/)
  })

  it('gives a Simple moderation callback its verdict and the scenes it hit', () => {
    expect(summary(moderationSimpleCallback().body('json'))).toEqual([
      'f: ReviewImage ixzt90jl2dfscxxxxxxxxxxxxxxxxx code=0 normal result=0 forbidden_status=0 https://examplebucket-1250000000.cos.ap-shanghai.myqcloud.com/test.jpg',
    ])
    const blocked = moderationSimpleCallback({ result: 1, forbidden_status: 1, porn_info: { hit_flag: 1, score: 99 } })
    expect(summary(blocked.body('json'))[0]).toMatch(
      /^f: ReviewImage \S+ code=0 violation result=1 forbidden_status=1 hit=porn_info /,
    )
  })

  it('tells the moderation console’s test request for what it is', async () => {
    const { outLines } = await cli(['--summary', sample('moderation', 'image', 'test-request.json')])
    expect(outLines).toEqual([
      expect.stringMatching(/test-request\.json: TestRequest \(the console checking the callback URL/),
    ])
  })

  it('shows a failed job’s Code and Message, and a job callback without jobs', () => {
    expect(summary(failedTranscodeCallback().body('xml'))).toEqual([
      'f: Transcode j2c1f7b6ae01411efa6b7525400b5c4a1 Failed InvalidInput: "the input file has no video or audio stream"',
    ])
    const empty: CiCallback = { EventName: 'TaskFinish', JobsDetail: [] }
    expect(summaryLines('f', empty)).toEqual(['f: TaskFinish (no jobs)'])
  })

  it('never prints the literal Unknown for any sample', async () => {
    const { outLines } = await cli(['--summary', sample('unknown'), sample('moderation'), sample('workflow')])
    expect(outLines.length).toBeGreaterThan(30)
    for (const line of outLines) expect(line).not.toMatch(/: Unknown\b/)
  })
})
