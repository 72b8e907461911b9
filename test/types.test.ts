import { expectTypeOf } from 'expect-type'
import type * as E from 'fp-ts/lib/Either.js'
import { isWorkflowJob } from '../src/guards'
import { parseCallback } from '../src/parse-callback'
import type { CiCallback } from '../src/codecs/callback'
import type { GenericJob } from '../src/codecs/jobs/generic-job'
import type { SmartCoverJob } from '../src/codecs/jobs/smart-cover'
import type { JobsDetail } from '../src/codecs/jobs-detail'
import type { Workflow } from '../src/codecs/workflow'
import type { CallbackError } from '../src/errors'

// These assertions are checked by `tsc --noEmit` (npm test runs it first); at run time they are no-ops.

describe('static types', () => {
  it('parseCallback returns Either<CallbackError, CiCallback>', () => {
    expectTypeOf(parseCallback).returns.toEqualTypeOf<E.Either<CallbackError, CiCallback>>()
    expectTypeOf<CiCallback['JobsDetail']>().toEqualTypeOf<Array<JobsDetail>>()
  })

  it('narrows the job union by Tag', () => {
    const check = (j: JobsDetail): void => {
      if (j.Tag === 'SmartCover') expectTypeOf(j).toEqualTypeOf<SmartCoverJob>()
      else expectTypeOf(j).toEqualTypeOf<Exclude<JobsDetail, SmartCoverJob>>()
      switch (j.Tag) {
        case 'Transcode':
          expectTypeOf(j).toEqualTypeOf<GenericJob>()
          break
        case 'SmartCover':
          expectTypeOf(j.Operation.SmartCover).toEqualTypeOf<SmartCoverJob['Operation']['SmartCover']>()
          break
      }
      // @ts-expect-error: not a documented Tag, so the comparison can never be true
      if (j.Tag === 'HologramCover') return
    }
    expect(check).toBeInstanceOf(Function)
  })

  it('needs the guard before Workflow is known to be present', () => {
    const check = (j: JobsDetail): string => {
      // @ts-expect-error: Workflow may be absent
      const unguarded: string = j.Workflow.RunId
      if (isWorkflowJob(j)) {
        expectTypeOf(j.Workflow).toEqualTypeOf<Workflow>()
        expectTypeOf(j).toMatchTypeOf<JobsDetail>()
        return j.Workflow.RunId + unguarded
      }
      return ''
    }
    expect(check).toBeInstanceOf(Function)
  })

  it('keeps the guard generic: narrowing preserves the job type', () => {
    const check = (j: SmartCoverJob): void => {
      if (isWorkflowJob(j)) expectTypeOf(j).toEqualTypeOf<SmartCoverJob & { readonly Workflow: Workflow }>()
    }
    expect(check).toBeInstanceOf(Function)
  })

  it('types times as Date, and unset-able times as Date | undefined', () => {
    expectTypeOf<JobsDetail['CreationTime']>().toEqualTypeOf<Date>()
    expectTypeOf<JobsDetail['StartTime']>().toEqualTypeOf<Date | undefined>()
  })
})
