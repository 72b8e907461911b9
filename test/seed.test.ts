import { expectTypeOf } from 'expect-type'
import { isWorkflowJob } from '../src/guards'
import { parseCallback } from '../src/parse-callback'
import type { SmartCoverJob } from '../src/codecs/tags/smart-cover'
import type { Workflow } from '../src/codecs/job/workflow'
import type { JobsDetail } from '../src/codecs/job/jobs-detail'
import { getRight } from './support/either'
import { taskFinish } from './support/callbacks'
import { sample } from './support/samples'

const seed1 = sample('smart-cover/api.xml')
const seed2 = sample('smart-cover/workflow.xml')
const seed3 = sample('smart-cover/workflow.json')

const onlyJob = (name: string): JobsDetail => {
  const s = sample(name)
  const jobs = taskFinish(
    parseCallback(s.bytes, s.format === 'xml' ? 'application/xml' : 'application/json'),
  ).JobsDetail
  expect(jobs).toHaveLength(1)
  const [job] = jobs
  if (job === undefined) throw new Error('no job')
  return job
}

const smartCover = (name: string): SmartCoverJob => {
  const job = onlyJob(name)
  if (job.Tag !== 'SmartCover') throw new Error(`expected a SmartCover job, got ${job.Tag}`)
  return job
}

describe('the seed page samples', () => {
  it('decodes sample 1 (job API) to exactly the documented values', () => {
    expect(getRight(parseCallback(seed1.bytes, 'application/xml'))).toStrictEqual({
      EventName: 'TaskFinish',
      JobsDetail: [
        {
          Code: 'Success',
          CreationTime: new Date('2022-06-30T07:29:42Z'),
          EndTime: new Date('2022-06-30T07:29:48Z'),
          Input: { BucketId: 'test-123456789', Object: 'input/demo.mp4', Region: 'ap-chongqing' },
          JobId: 'j6842765cf84611ecb8546d80f2baf56f',
          Operation: {
            MediaResult: {
              OutputFile: {
                Bucket: 'test-123456789',
                ObjectName: [0, 1, 2, 3, 4].map((i) => `output/smartcover-${i}.jpg`),
                Region: 'ap-chongqing',
              },
            },
            Output: { Bucket: 'test-123456789', Object: 'output/smartcover-${Number}.jpg', Region: 'ap-chongqing' },
            SmartCover: { Count: 5, DeleteDuplicates: false, Format: 'jpg', Height: 960, Width: 1280 },
            UserData: 'This is my SmartCover job.',
          },
          QueueId: 'p2242ab62c7c94486915508540933a2c6',
          StartTime: new Date('2022-06-30T07:29:43Z'),
          State: 'Success',
          Tag: 'SmartCover',
        },
      ],
    })
  })

  it('decodes samples 2 (XML) and 3 (JSON) of the workflow-triggered job to deep-equal values', () => {
    const xml = taskFinish(parseCallback(seed2.bytes, 'application/xml'))
    const json = getRight(parseCallback(seed3.bytes, 'application/json'))
    expect(json).toStrictEqual(xml)
    expect(xml.JobsDetail[0]?.Input?.CosHeaders).toStrictEqual([
      { Key: 'Content-Type', Value: 'video/mp4' },
      { Key: 'x-cos-request-id', Value: 'NjJiZDYwYTFfNjUzYTYyNjRfZjEwZl8xMmZhYzY5' },
      { Key: 'EventName', Value: 'cos:ObjectCreated:Put' },
      { Key: 'Size', Value: '1424687' },
    ])
  })

  it('types the SmartCover fields: Count 5, DeleteDuplicates false, CreationTime a Date at 07:29:42 UTC', () => {
    for (const name of ['smart-cover/api.xml', 'smart-cover/workflow.xml', 'smart-cover/workflow.json']) {
      const job = smartCover(name)
      expect(job.Operation.SmartCover?.Count).toBe(5)
      expect(job.Operation.SmartCover?.DeleteDuplicates).toBe(false)
      expect(job.CreationTime).toBeInstanceOf(Date)
      expect(job.CreationTime.toISOString()).toBe('2022-06-30T07:29:42.000Z')
      expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toHaveLength(5)
    }
  })

  it('isWorkflowJob is false for sample 1 and true for samples 2 and 3', () => {
    expect(isWorkflowJob(onlyJob('smart-cover/api.xml'))).toBe(false)
    expect(isWorkflowJob(onlyJob('smart-cover/workflow.xml'))).toBe(true)
    expect(isWorkflowJob(onlyJob('smart-cover/workflow.json'))).toBe(true)
  })

  it('decodes a single CosHeaders and a single ObjectName as one-element arrays, in XML and JSON', () => {
    for (const name of ['smart-cover/single-header.xml', 'smart-cover/single-header.json']) {
      const job = smartCover(name)
      expect(job.Input?.CosHeaders).toStrictEqual([{ Key: 'x-cos-meta-id', Value: '0x10' }])
      expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['output/smartcover-0.jpg'])
      expect(job.Operation.MediaResult?.OutputFile).not.toHaveProperty('Md5Info')
    }
  })
})

describe('narrowing (checked by tsc)', () => {
  it('narrows a job by Tag and a workflow job by isWorkflowJob', () => {
    const job = onlyJob('smart-cover/workflow.xml')
    expectTypeOf(job.Workflow).toEqualTypeOf<Workflow | undefined>()
    if (job.Tag === 'SmartCover') {
      expectTypeOf(job).toEqualTypeOf<SmartCoverJob>()
      expectTypeOf(job.Operation.SmartCover?.Count).toEqualTypeOf<number | undefined>()
    }
    if (isWorkflowJob(job)) {
      expectTypeOf(job.Workflow).toEqualTypeOf<Workflow>()
      expect(job.Workflow.WorkflowName).toBe('workflow-test')
    } else {
      throw new Error('sample 2 must be a workflow job')
    }
  })
})
