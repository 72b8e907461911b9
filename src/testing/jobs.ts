import type { TaskFinishCallback } from '../codecs/callback'
import type { JobsDetail } from '../codecs/jobs-detail'
import type { SmartCoverJob } from '../codecs/jobs/smart-cover'
import { fixture, type Fixture } from './fixture'

/** Fixed times, so a fixture is the same in every run (Beijing time 2022-06-30 15:29:42…48). */
const CREATED = new Date('2022-06-30T07:29:42.000Z')
const STARTED = new Date('2022-06-30T07:29:43.000Z')
const ENDED = new Date('2022-06-30T07:29:48.000Z')

/**
 * A finished SmartCover job, as in Tencent's documented sample: three covers written under
 * `output/`. Every field can be overridden.
 *
 * @example
 * import { smartCoverJob } from 'tencent-ci-callback/testing'
 * const job = smartCoverJob({ JobId: 'j-test-1' })
 */
export const smartCoverJob = (overrides: Partial<SmartCoverJob> = {}): SmartCoverJob => ({
  Code: 'Success',
  CreationTime: CREATED,
  EndTime: ENDED,
  Input: { BucketId: 'examplebucket-1250000000', Object: 'input/demo.mp4', Region: 'ap-chongqing' },
  JobId: 'j8d9a2a0cf84611ecb8546d80f2baf56f',
  Operation: {
    MediaResult: {
      OutputFile: {
        Bucket: 'examplebucket-1250000000',
        ObjectName: ['output/cover-0.jpg', 'output/cover-1.jpg', 'output/cover-2.jpg'],
        Region: 'ap-chongqing',
      },
    },
    Output: { Bucket: 'examplebucket-1250000000', Object: 'output/cover-${Number}.jpg', Region: 'ap-chongqing' },
    SmartCover: { Count: 3, DeleteDuplicates: false, Format: 'jpg', Height: 720, Width: 1280 },
    UserData: 'fixture',
  },
  QueueId: 'p2242ab62c7c94486915508540933a2c6',
  StartTime: STARTED,
  State: 'Success',
  Tag: 'SmartCover',
  ...overrides,
})

/**
 * A job that a workflow started: the job plus `Workflow` and the triggering object's
 * `Input.CosHeaders`, so `isWorkflowJob(job)` holds.
 *
 * @example
 * import { workflowJob } from 'tencent-ci-callback/testing'
 * const job = workflowJob() // a SmartCover job run by workflow "cover-on-upload"
 */
export const workflowJob = (overrides: Partial<SmartCoverJob> = {}): SmartCoverJob => {
  const base = smartCoverJob()
  return smartCoverJob({
    Input: {
      ...base.Input,
      CosHeaders: [
        { Key: 'Content-Type', Value: 'video/mp4' },
        { Key: 'EventName', Value: 'cos:ObjectCreated:Put' },
        { Key: 'Size', Value: '1424687' },
      ],
    },
    Workflow: {
      Name: 'SmartCover_1581665960537',
      RunId: 'i166ee19017b011eda8a5525400c540df',
      WorkflowId: 'w1b4ffd6900a343c3a2fe5b92b1fb7ff6',
      WorkflowName: 'cover-on-upload',
    },
    ...overrides,
  })
}

/**
 * A `TaskFinish` callback carrying `jobs` (one finished SmartCover job by default).
 *
 * @example
 * import { taskFinishCallback, workflowJob } from 'tencent-ci-callback/testing'
 * const { value, body } = taskFinishCallback([workflowJob()])
 * body('json') // the JSON Tencent would POST
 */
export const taskFinishCallback = (jobs: ReadonlyArray<JobsDetail> = [smartCoverJob()]): Fixture<TaskFinishCallback> =>
  fixture({ EventName: 'TaskFinish', JobsDetail: [...jobs] })

/**
 * A `TaskFinish` callback for one finished SmartCover job.
 *
 * @example
 * import { smartCoverCallback } from 'tencent-ci-callback/testing'
 * const { body } = smartCoverCallback({ State: 'Failed', Code: 'InternalError', Message: 'boom' })
 */
export const smartCoverCallback = (overrides: Partial<SmartCoverJob> = {}): Fixture<TaskFinishCallback> =>
  taskFinishCallback([smartCoverJob(overrides)])
