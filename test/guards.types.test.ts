import { expectTypeOf } from 'expect-type'
import { isWorkflowJob } from '../src/guards'
import type { CiCallback } from '../src/codecs/envelope/callback'
import type { SmartCoverJob } from '../src/codecs/tags/smart-cover'
import type { JobsDetail } from '../src/codecs/job/jobs-detail'
import type { Workflow } from '../src/codecs/job/workflow'
import { decodedCallbacks, decodedJobs, runOver } from './support/decoded'

// These assertions are checked by `tsc --noEmit` (npm test runs it first); at run time they are no-ops.

describe('static types', () => {
  it('needs the guard before Workflow is known to be present, inside a TaskFinish callback', () => {
    const check = (cb: CiCallback): string => {
      if (cb.EventName !== 'TaskFinish') return ''
      const [j] = cb.JobsDetail
      if (j === undefined) return ''
      // @ts-expect-error: Workflow may be absent
      const unguarded: string = j.Workflow.RunId
      if (isWorkflowJob(j)) {
        expectTypeOf(j.Workflow).toEqualTypeOf<Workflow>()
        expectTypeOf(j).toMatchTypeOf<JobsDetail>()
        return j.Workflow.RunId + unguarded
      }
      return ''
    }
    // At run time: over every job callback whose first job a workflow ran, the guarded branch is taken.
    const ran = decodedCallbacks.flatMap((cb) => {
      const [job] = cb.EventName === 'TaskFinish' ? cb.JobsDetail : []
      return job !== undefined && isWorkflowJob(job) ? [[cb, job.Workflow.RunId] as const] : []
    })
    expect(ran.length).toBeGreaterThan(0)
    for (const [cb, runId] of ran) expect(check(cb)).toBe(runId + runId)
  })

  it('keeps the guard generic: narrowing preserves the job type', () => {
    const check = (j: SmartCoverJob): void => {
      if (isWorkflowJob(j)) expectTypeOf(j).toEqualTypeOf<SmartCoverJob & { readonly Workflow: Workflow }>()
    }
    runOver(
      decodedJobs.filter((j): j is SmartCoverJob => j.Tag === 'SmartCover'),
      check,
    )
  })
})
