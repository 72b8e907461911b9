import { expectTypeOf } from 'expect-type'
import type { JobsDetail } from '../../src/codecs/job/jobs-detail'
import type { ReviewDocumentJob, ReviewVideoJob } from '../../src/codecs/moderation/detail-jobs'
import type { WorkflowExecution } from '../../src/codecs/envelope/workflow-execution'
import type { JobResponse } from '../../src/job-response/job-response'
import type { JobResponseOptions } from '../../src/job-response/options'

// Checked by `tsc --noEmit` (npm test runs it first); at run time these are no-ops.

describe('JobResponse static types', () => {
  it('narrows by Kind, and an auditing answer by ModerationKind', () => {
    const check = (answer: JobResponse): void => {
      switch (answer.Kind) {
        case 'Jobs':
          expectTypeOf(answer.JobsDetail).toEqualTypeOf<Array<JobsDetail>>()
          expectTypeOf(answer.NonExistJobIds).toEqualTypeOf<Array<string> | undefined>()
          expectTypeOf(answer.NextToken).toEqualTypeOf<string | undefined>()
          break
        case 'WorkflowExecutions':
          expectTypeOf(answer.WorkflowExecution).toEqualTypeOf<Array<WorkflowExecution>>()
          break
        case 'Auditing':
          if (answer.ModerationKind === 'ReviewVideo') {
            expectTypeOf(answer.JobsDetail).toEqualTypeOf<Array<ReviewVideoJob>>()
          }
          if (answer.ModerationKind === 'ReviewDocument') {
            expectTypeOf(answer.JobsDetail).toEqualTypeOf<Array<ReviewDocumentJob>>()
          }
          break
      }
    }
    expect(check).toBeInstanceOf(Function)
  })

  it('takes the six moderation kinds as options.kind, and nothing else', () => {
    expectTypeOf<{ kind: 'ReviewImage' }>().toMatchTypeOf<JobResponseOptions>()
    expectTypeOf<{ kind: 'ReviewPicture' }>().not.toMatchTypeOf<JobResponseOptions>()
  })
})
