import type { JobsDetail, SmartCoverJob, TaskFinishCallback, TranscodeJob } from 'tencent-ci-callback'
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

/**
 * A Transcode job that failed before it started, as Tencent reports it: `State` `Failed`, `Code`
 * and `Message` set, `StartTime` and `EndTime` unset (`-` on the wire), `Progress` 0, no
 * `MediaResult`. Every field can be overridden.
 *
 * @example
 * import { failedTranscodeJob } from 'tencent-ci-callback/testing'
 * const job = failedTranscodeJob({ Code: 'InternalError', Message: 'try again' })
 */
export const failedTranscodeJob = (overrides: Partial<TranscodeJob> = {}): TranscodeJob => ({
  Code: 'InvalidInput',
  CreationTime: new Date('2024-03-12T02:21:05.000Z'),
  EndTime: undefined,
  Input: { BucketId: 'examplebucket-1250000000', Object: 'input/broken.mp4', Region: 'ap-guangzhou' },
  JobId: 'j2c1f7b6ae01411efa6b7525400b5c4a1',
  Message: 'the input file has no video or audio stream',
  Operation: {
    Output: { Bucket: 'examplebucket-1250000000', Object: 'output/transcode/broken.mp4', Region: 'ap-guangzhou' },
    TemplateId: 't1460606b9752148c4ab182f55163ba7cd',
    TemplateName: 'mp4_720p',
    UserData: 'order-20240312-0043',
  },
  Progress: 0,
  QueueId: 'p8eb46b8cc1a94bc09512d16c5c4f4d3a',
  StartTime: undefined,
  State: 'Failed',
  Tag: 'Transcode',
  ...overrides,
})

/**
 * A `TaskFinish` callback for one failed Transcode job.
 *
 * @example
 * import { failedTranscodeCallback } from 'tencent-ci-callback/testing'
 * const { body } = failedTranscodeCallback({ JobId: 'j-test' })
 * body('xml')
 */
export const failedTranscodeCallback = (overrides: Partial<TranscodeJob> = {}): Fixture<TaskFinishCallback> =>
  taskFinishCallback([failedTranscodeJob(overrides)])
