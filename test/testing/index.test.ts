// Imports the fixtures by their package name, as users do (tsconfig `paths`, jest `moduleNameMapper`).
import * as E from 'fp-ts/lib/Either.js'
import { expectTypeOf } from 'expect-type'
import { isWorkflowJob } from '../../src/guards'
import { parseCallback } from '../../src/parse-callback'
import type { BodyFormat } from '../../src/errors'
import {
  failedTranscodeCallback,
  failedTranscodeJob,
  moderationDetailCallback,
  moderationSimpleCallback,
  smartCoverCallback,
  taskFinishCallback,
  workflowFinishCallback,
  workflowJob,
  type Fixture,
} from 'tencent-ci-callback/testing'
import type { CiCallback } from '../../src/codecs/envelope/callback'

// Both formats for job and workflow callbacks; JSON only for moderation (Tencent sends no XML).
const bothFormats: Record<string, Fixture<CiCallback>> = {
  'a finished SmartCover job': smartCoverCallback(),
  'a failed SmartCover job': smartCoverCallback({ State: 'Failed', Code: 'InternalError', Message: 'boom & <bust>' }),
  'a workflow-triggered job': taskFinishCallback([workflowJob()]),
  'two jobs': taskFinishCallback([workflowJob(), workflowJob({ JobId: 'j2', StartTime: undefined })]),
  'a failed Transcode job': failedTranscodeCallback(),
  'a failed Transcode job with overrides': failedTranscodeCallback({ Code: 'InternalError', Message: '<oops> & "x"' }),
  'a WorkflowFinish run': workflowFinishCallback(),
  'a failed WorkflowFinish run': workflowFinishCallback({
    State: 'Failed',
    Tasks: [{ Type: 'Transcode', State: 'Failed', Code: 'InvalidInput', Message: 'no stream', StartTime: undefined }],
  }),
}
const jsonOnly: Record<string, Fixture<CiCallback, 'json'>> = {
  'a moderation Detail verdict (blocked)': moderationDetailCallback(),
  'a moderation Detail verdict (normal)': moderationDetailCallback({ Result: 0, Label: 'Normal', ForbidState: 0 }),
  'a moderation Simple verdict': moderationSimpleCallback(),
  'a moderation Simple verdict (blocked)': moderationSimpleCallback({ result: 1, forbidden_status: 1 }),
}

// [format, name, the body in that format, the value it was built from]
const cases: ReadonlyArray<readonly [BodyFormat, string, string, CiCallback]> = [
  ...(['xml', 'json'] as const).flatMap((format) =>
    Object.entries(bothFormats).map(([name, f]) => [format, name, f.body(format), f.value] as const),
  ),
  ...Object.entries(jsonOnly).map(([name, f]) => ['json', name, f.body('json'), f.value] as const),
]

describe('fixtures', () => {
  it.each(cases)('in %s, %s decodes to the value it was built from', (_format, _name, body, value) => {
    expect(parseCallback(body)).toStrictEqual(E.right(value))
  })

  it('builds a job that isWorkflowJob recognises', () => {
    expect(isWorkflowJob(workflowJob())).toBe(true)
    expect(isWorkflowJob(smartCoverCallback().value.JobsDetail[0] ?? workflowJob())).toBe(false)
    expect(isWorkflowJob(failedTranscodeJob())).toBe(false)
  })

  it('applies overrides', () => {
    const job = smartCoverCallback({ JobId: 'j-test' }).value.JobsDetail[0]
    expect(job?.JobId).toBe('j-test')
    expect(failedTranscodeJob({ Code: 'InternalError' })).toMatchObject({ Code: 'InternalError', State: 'Failed' })
    expect(workflowFinishCallback({ RunId: 'i-test' }).value.WorkflowExecution).toMatchObject({
      RunId: 'i-test',
      WorkflowId: 'web6ac56c1ef54dbfa44d7f4103203be9',
    })
    expect(moderationDetailCallback({ Score: 10 }).value.JobsDetail).toMatchObject({ Score: 10, Label: 'Porn' })
    expect(moderationSimpleCallback({ result: 2 }).value.data).toMatchObject({ result: 2, event: 'ReviewImage' })
  })

  it('builds a failed Transcode job with Code and Message and no MediaResult', () => {
    const job = failedTranscodeJob()
    expect(job).toMatchObject({ Tag: 'Transcode', State: 'Failed', Code: 'InvalidInput' })
    expect(job.Message).toEqual(expect.any(String))
    expect(job.Operation.MediaResult).toBeUndefined()
    expect(failedTranscodeCallback().body('xml')).toContain('<StartTime>-</StartTime>')
  })

  it('builds a blocking moderation verdict', () => {
    expect(moderationDetailCallback().value.JobsDetail).toMatchObject({ Result: 1, ForbidState: 1 })
  })

  it('has the types it says', () => {
    expectTypeOf(failedTranscodeJob().Tag).toEqualTypeOf<'Transcode'>()
    expectTypeOf(failedTranscodeCallback().value.EventName).toEqualTypeOf<'TaskFinish'>()
    expectTypeOf(workflowFinishCallback().value.EventName).toEqualTypeOf<'WorkflowFinish'>()
    expectTypeOf(moderationDetailCallback().value.EventName).toEqualTypeOf<'ReviewImage'>()
    expectTypeOf(moderationDetailCallback().value.ContentVersion).toEqualTypeOf<'Detail'>()
    expectTypeOf(moderationSimpleCallback().value.ContentVersion).toEqualTypeOf<'Simple'>()
    expectTypeOf(smartCoverCallback().body).parameter(0).toEqualTypeOf<BodyFormat>()
    expectTypeOf(moderationDetailCallback().body).parameter(0).toEqualTypeOf<'json'>()
    // @ts-expect-error moderation callbacks have no XML form
    void (() => moderationDetailCallback().body('xml'))
    // @ts-expect-error moderation callbacks have no XML form
    void (() => moderationSimpleCallback().body('xml'))
  })
})
