import type { ReviewImageDetail, ReviewImageJob, ReviewImageSimple } from 'tencent-ci-callback'
import { jsonFixture, type Fixture } from './fixture'

/**
 * An image moderation verdict in the Detail form (`ContentVersion` `Detail`), as in Tencent's
 * documented sample: `upload/avatar.jpg` blocked as porn (`Result` 1, `Label` `Porn`, score 92,
 * `ForbidState` 1). Every field of the job can be overridden. Tencent sends moderation callbacks
 * as JSON only, so the fixture's `body` takes `'json'` only.
 *
 * @example
 * import { moderationDetailCallback } from 'tencent-ci-callback/testing'
 * const { value, body } = moderationDetailCallback({ Result: 0, Label: 'Normal', ForbidState: 0 })
 * body('json') // body('xml') is a type error
 */
export const moderationDetailCallback = (overrides: Partial<ReviewImageJob> = {}): Fixture<ReviewImageDetail, 'json'> =>
  jsonFixture({
    EventName: 'ReviewImage',
    ContentVersion: 'Detail',
    JobsDetail: {
      JobId: 'si5f0e2cf2b4a911ecxxxxxxxxxxxxxxxx',
      State: 'Success',
      CreationTime: new Date('2021-08-10T13:01:10.000Z'),
      Object: 'upload/avatar.jpg',
      Label: 'Porn',
      Result: 1,
      Score: 92,
      Category: 'Sexy',
      SubLabel: 'SexyBehavior',
      PornInfo: { HitFlag: 1, Score: 92, Label: 'Porn', Category: 'Sexy', SubLabel: 'SexyBehavior' },
      AdsInfo: { HitFlag: 0, Score: 0 },
      BucketId: 'examplebucket-1250000000',
      Region: 'ap-chongqing',
      ForbidState: 1,
      CosHeaders: { 'x-cos-meta-id': 'xxxx' },
      ...overrides,
    },
  })

/**
 * An image moderation verdict in the Simple form (`ContentVersion` `Simple`, snake_case `data`),
 * as in Tencent's documented sample: a normal image (`result` 0). Every field of `data` can be
 * overridden. JSON only, like every moderation callback.
 *
 * @example
 * import { moderationSimpleCallback } from 'tencent-ci-callback/testing'
 * const { body } = moderationSimpleCallback({ result: 1, forbidden_status: 1 })
 * body('json')
 */
export const moderationSimpleCallback = (
  overrides: Partial<ReviewImageSimple['data']> = {},
): Fixture<ReviewImageSimple, 'json'> =>
  jsonFixture({
    EventName: 'ReviewImage',
    ContentVersion: 'Simple',
    code: 0,
    data: {
      event: 'ReviewImage',
      forbidden_status: 0,
      porn_info: { hit_flag: 0, score: 9 },
      result: 0,
      trace_id: 'ixzt90jl2dfscxxxxxxxxxxxxxxxxx',
      url: 'https://examplebucket-1250000000.cos.ap-shanghai.myqcloud.com/test.jpg',
      cos_headers: { 'x-cos-meta-id': '666666' },
      ...overrides,
    },
    message: 'success',
  })
