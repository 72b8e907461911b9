import { expectTypeOf } from 'expect-type'
import type * as E from 'fp-ts/lib/Either.js'
import { parseCallback } from '../src/parse-callback'
import type { CiCallback, TaskFinishCallback } from '../src/codecs/envelope/callback'
import type { SmartCoverJob } from '../src/codecs/tags/smart-cover'
import type { TranscodeJob } from '../src/codecs/tags/transcode'
import type { JobsDetail } from '../src/codecs/job/jobs-detail'
import type { ReviewDocumentDetail, ReviewImageDetail, ReviewVideoDetail } from '../src/codecs/moderation/detail'
import type { ReviewImageSimple } from '../src/codecs/moderation/simple'
import type { ModerationTestRequest } from '../src/codecs/moderation/test-request'
import type { UnknownCallback } from '../src/codecs/envelope/unknown-callback'
import type { UnknownJob } from '../src/codecs/job/unknown-job'
import type { WorkflowFinishCallback, WorkflowStartCallback } from '../src/codecs/envelope/workflow-callback'
import type { CallbackError } from '../src/errors'
import { decodedCallbacks, decodedJobs, runOver } from './support/decoded'

// These assertions are checked by `tsc --noEmit` (npm test runs it first); at run time they are no-ops.

describe('static types', () => {
  it('parseCallback returns Either<CallbackError, CiCallback>', () => {
    expectTypeOf(parseCallback).returns.toEqualTypeOf<E.Either<CallbackError, CiCallback>>()
    expectTypeOf<TaskFinishCallback['JobsDetail']>().toEqualTypeOf<Array<JobsDetail>>()
  })

  it('narrows the callback union by EventName, one member per family', () => {
    const check = (cb: CiCallback): void => {
      switch (cb.EventName) {
        case 'TaskFinish':
          expectTypeOf(cb).toEqualTypeOf<TaskFinishCallback>()
          break
        case 'WorkflowFinish':
          expectTypeOf(cb).toEqualTypeOf<WorkflowFinishCallback>()
          expectTypeOf(cb.WorkflowExecution.CreateTime).toEqualTypeOf<Date>()
          break
        case 'WorkflowStart':
          expectTypeOf(cb).toEqualTypeOf<WorkflowStartCallback>()
          break
        case 'TestRequest':
          expectTypeOf(cb).toEqualTypeOf<ModerationTestRequest>()
          break
        case 'Unknown':
          expectTypeOf(cb).toEqualTypeOf<UnknownCallback>()
          expectTypeOf(cb.UnknownEventName).toEqualTypeOf<string>()
          break
        case 'ReviewImage':
          expectTypeOf(cb).toEqualTypeOf<ReviewImageDetail | ReviewImageSimple>()
          // …then by version.
          if (cb.ContentVersion === 'Detail') expectTypeOf(cb.JobsDetail.Result).toEqualTypeOf<number | undefined>()
          else expectTypeOf(cb.data.result).toEqualTypeOf<number | undefined>()
          break
        case 'ReviewDocument':
          if (cb.ContentVersion === 'Detail') {
            expectTypeOf(cb).toEqualTypeOf<ReviewDocumentDetail>()
            expectTypeOf(cb.JobsDetail.Suggestion).toEqualTypeOf<number | undefined>()
          }
          break
        case 'ReviewVideo':
          if (cb.ContentVersion === 'Detail') {
            expectTypeOf(cb).toEqualTypeOf<ReviewVideoDetail>()
            expectTypeOf(cb.JobsDetail.Type).toEqualTypeOf<string | undefined>()
            type Frame = NonNullable<typeof cb.JobsDetail.Snapshot>[number]
            expectTypeOf<Frame['Result']>().toEqualTypeOf<number | undefined>()
            expectTypeOf<Frame['SnapshotTime']>().toEqualTypeOf<number | undefined>()
            expectTypeOf<NonNullable<Frame['PornInfo']>['HitFlag']>().toEqualTypeOf<number | undefined>()
          }
          break
      }
      // @ts-expect-error: not an event any family has, so the comparison can never be true
      if (cb.EventName === 'DocFinish') return
    }
    runOver(decodedCallbacks, check)
  })

  it('does not narrow an unknown callback into a known family', () => {
    const check = (cb: UnknownCallback): void => {
      // @ts-expect-error: an unknown callback is never a TaskFinish
      if (cb.EventName === 'TaskFinish') return
    }
    runOver(
      decodedCallbacks.filter((cb): cb is UnknownCallback => cb.EventName === 'Unknown'),
      check,
    )
    expectTypeOf<UnknownCallback>().not.toMatchTypeOf<TaskFinishCallback>()
    expectTypeOf<Extract<CiCallback, { EventName: 'TaskFinish' }>>().toEqualTypeOf<TaskFinishCallback>()
  })

  it('narrows the job union by Tag', () => {
    const check = (j: JobsDetail): void => {
      if (j.Tag === 'SmartCover') expectTypeOf(j).toEqualTypeOf<SmartCoverJob>()
      else if (j.Tag === 'Unknown') expectTypeOf(j).toEqualTypeOf<UnknownJob>()
      else expectTypeOf(j).toEqualTypeOf<Exclude<JobsDetail, SmartCoverJob | UnknownJob>>()
      switch (j.Tag) {
        case 'Transcode':
          expectTypeOf(j).toEqualTypeOf<TranscodeJob>()
          break
        case 'SmartCover':
          expectTypeOf(j.Operation.SmartCover).toEqualTypeOf<SmartCoverJob['Operation']['SmartCover']>()
          break
        case 'Unknown':
          expectTypeOf(j.UnknownTag).toEqualTypeOf<string | undefined>()
          expectTypeOf(j.Raw).toEqualTypeOf<Readonly<Record<string, unknown>>>()
          break
      }
      // @ts-expect-error: not a documented Tag, so the comparison can never be true
      if (j.Tag === 'HologramCover') return
    }
    runOver(decodedJobs, check)
  })

  it('does not narrow an unknown job into a known one', () => {
    const check = (j: UnknownJob): void => {
      // @ts-expect-error: an unknown job's Tag is 'Unknown', never a documented Tag
      if (j.Tag === 'SmartCover') return
    }
    runOver(
      decodedJobs.filter((j): j is UnknownJob => j.Tag === 'Unknown'),
      check,
    )
    expectTypeOf<Extract<JobsDetail, { Tag: 'SmartCover' }>>().toEqualTypeOf<SmartCoverJob>()
    expectTypeOf<Extract<JobsDetail, { Tag: 'Unknown' }>>().toEqualTypeOf<UnknownJob>()
  })

  it('exposes the shared job fields on every job, unknown ones included', () => {
    expectTypeOf<JobsDetail['JobId']>().toEqualTypeOf<string>()
    expectTypeOf<JobsDetail['State']>().toEqualTypeOf<UnknownJob['State']>()
    expectTypeOf<UnknownJob['Code']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<UnknownJob['Message']>().toEqualTypeOf<string | undefined>()
  })

  it('types times as Date, and unset-able times as Date | undefined', () => {
    expectTypeOf<Exclude<JobsDetail, UnknownJob>['CreationTime']>().toEqualTypeOf<Date>()
    expectTypeOf<UnknownJob['CreationTime']>().toEqualTypeOf<Date | undefined>()
    expectTypeOf<JobsDetail['StartTime']>().toEqualTypeOf<Date | undefined>()
  })
})
