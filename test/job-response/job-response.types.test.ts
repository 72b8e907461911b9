import { expectTypeOf } from 'expect-type'
import type { JobsDetail } from '../../src/codecs/job/jobs-detail'
import type { ReviewDocumentJob, ReviewVideoJob } from '../../src/codecs/moderation/detail-jobs'
import type { WorkflowExecution } from '../../src/codecs/envelope/workflow-execution'
import type { JobResponse } from '../../src/job-response/job-response'
import type { JobResponseOptions } from '../../src/job-response/options'
import { parseJobResponse } from '../../src/job-response/parse-job-response'
import type { ModerationKind } from '../../src/codecs/moderation/kinds'
import { getRight } from '../support/either'
import { responseSamples } from './response-samples'

// `expectTypeOf` is checked by `tsc --noEmit` (npm test runs it first); at run time it is a no-op,
// so each narrowing is also checked against what the sample answers decode to.

describe('JobResponse static types', () => {
  it('narrows by Kind, and an auditing answer by ModerationKind, as every sample answer decodes', () => {
    const seen = new Set<string>()
    const check = (answer: JobResponse, kind: ModerationKind | undefined): void => {
      seen.add(answer.Kind)
      switch (answer.Kind) {
        case 'Jobs':
          expectTypeOf(answer.JobsDetail).toEqualTypeOf<Array<JobsDetail>>()
          expectTypeOf(answer.NonExistJobIds).toEqualTypeOf<Array<string> | undefined>()
          expectTypeOf(answer.NextToken).toEqualTypeOf<string | undefined>()
          expect(kind).toBeUndefined()
          expect(Array.isArray(answer.JobsDetail)).toBe(true)
          break
        case 'WorkflowExecutions':
          expectTypeOf(answer.WorkflowExecution).toEqualTypeOf<Array<WorkflowExecution>>()
          expect(kind).toBeUndefined()
          expect(answer.WorkflowExecution.length).toBeGreaterThan(0)
          break
        case 'Auditing':
          if (answer.ModerationKind === 'ReviewVideo') {
            expectTypeOf(answer.JobsDetail).toEqualTypeOf<Array<ReviewVideoJob>>()
          }
          if (answer.ModerationKind === 'ReviewDocument') {
            expectTypeOf(answer.JobsDetail).toEqualTypeOf<Array<ReviewDocumentJob>>()
          }
          expect(answer.ModerationKind).toBe(kind)
          expect(answer.JobsDetail.length).toBeGreaterThan(0)
          break
      }
    }
    for (const s of responseSamples) {
      check(getRight(parseJobResponse(s.bytes, undefined, s.kind === undefined ? undefined : { kind: s.kind })), s.kind)
    }
    expect([...seen].sort()).toStrictEqual(['Auditing', 'Jobs', 'WorkflowExecutions'])
  })

  it('takes the six moderation kinds as options.kind, and nothing else', () => {
    expectTypeOf<{ kind: 'ReviewImage' }>().toMatchTypeOf<JobResponseOptions>()
    expectTypeOf<{ kind: 'ReviewPicture' }>().not.toMatchTypeOf<JobResponseOptions>()
  })
})
