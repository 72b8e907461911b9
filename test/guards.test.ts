import { isWorkflowJob } from '../src/guards'
import { parseCallback } from '../src/parse-callback'
import { getRight } from './support/either'
import { taskFinish } from './support/callbacks'
import { samples } from './support/samples'

describe('isWorkflowJob', () => {
  it('is true exactly when the job carries a valid Workflow', () => {
    expect(isWorkflowJob({})).toBe(false)
    expect(isWorkflowJob({ Workflow: undefined })).toBe(false)
    expect(isWorkflowJob({ Workflow: { RunId: 'i1', WorkflowId: 'w1' } })).toBe(true)
  })

  it('is false, not a throw, for what plain JavaScript may pass instead of a job', () => {
    for (const value of [undefined, null, 'job', 42])
      expect(Reflect.apply(isWorkflowJob, undefined, [value])).toBe(false)
  })

  it('holds for Tts workflow jobs, whose CosHeaders sit under Operation.Input, not Input', () => {
    const tts = samples.find((s) => s.name === 'reference/tts/sample-2.xml')
    const job = tts === undefined ? undefined : taskFinish(parseCallback(tts.bytes)).JobsDetail[0]
    expect(job?.Input).toBeUndefined()
    expect(job !== undefined && isWorkflowJob(job)).toBe(true)
  })

  it('agrees with the presence of Workflow on every job of every decodable sample', () => {
    let jobs = 0
    for (const s of samples.filter((x) => x.expectedError === undefined)) {
      const callback = getRight(parseCallback(s.bytes))
      if (callback.EventName !== 'TaskFinish') continue
      for (const job of callback.JobsDetail) {
        jobs += 1
        expect(isWorkflowJob(job)).toBe(job.Workflow !== undefined)
      }
    }
    expect(jobs).toBeGreaterThan(50)
  })

  it('narrows unknown jobs too: their Workflow is typed when it decodes', () => {
    const unknown = samples.find((s) => s.name === 'unknown/tag/smart-cover-pro-workflow.xml')
    const job = unknown === undefined ? undefined : taskFinish(parseCallback(unknown.bytes)).JobsDetail[0]
    expect(job?.Tag).toBe('Unknown')
    expect(job !== undefined && isWorkflowJob(job) && job.Workflow.RunId).toBe('ic90edd59f84f11ec9d4f525400a3c59f')
  })
})
