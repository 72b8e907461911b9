import type { WorkflowExecution, WorkflowFinishCallback } from 'tencent-ci-callback'
import { fixture, type Fixture } from './fixture'

/**
 * A finished workflow run, as in Tencent's documented `WorkflowFinish` sample: a video uploaded to
 * `wk-test/game.mp4` ran a Transcode node and a Snapshot node, both successful. Every field of
 * `WorkflowExecution` can be overridden (pass `Tasks` to change the nodes).
 *
 * @example
 * import { workflowFinishCallback } from 'tencent-ci-callback/testing'
 * const { value, body } = workflowFinishCallback({ State: 'Failed' })
 * body('json') // the JSON Tencent would POST
 */
export const workflowFinishCallback = (overrides: Partial<WorkflowExecution> = {}): Fixture<WorkflowFinishCallback> =>
  fixture({
    EventName: 'WorkflowFinish',
    WorkflowExecution: {
      WorkflowId: 'web6ac56c1ef54dbfa44d7f4103203be9',
      WorkflowName: 'workflow-3',
      RunId: 'i166ee19017b011eda8a5525400c540df',
      State: 'Success',
      BucketId: 'test-1234567890',
      Object: 'wk-test/game.mp4',
      CreateTime: new Date('2022-08-09T06:54:17.000Z'),
      CosHeaders: [
        { Key: 'Content-Type', Value: 'video/mp4' },
        { Key: 'x-cos-request-id', Value: 'NjJiZDYwYTFfNjUzYTYyNjRfZjEwZl8xMmZhYzY5' },
      ],
      Tasks: [
        {
          Type: 'Snapshot',
          CreateTime: new Date('2022-08-09T06:54:40.000Z'),
          EndTime: new Date('2022-08-09T06:54:42.000Z'),
          State: 'Success',
          JobId: 'j23c11e1e17b011edaab4ab15ec33d076',
          Name: 'Snapshot_1581665960536',
          TemplateId: 't07740e32081b44ad7a0aea03adcffd54a',
          TemplateName: 'snapshot_1280*720_3',
        },
        {
          Type: 'Transcode',
          CreateTime: new Date('2022-08-09T06:54:18.000Z'),
          EndTime: new Date('2022-08-09T06:54:39.000Z'),
          State: 'Success',
          JobId: 'j168668b217b011ed8efb27bb229e2d11',
          Name: 'Transcode_1581665960537',
          TemplateId: 't01e57db1c2d154d2fb57aa5de9313a897',
          TemplateName: 'MP4-265-SD',
        },
      ],
      ...overrides,
    },
  })
