import { isWorkflowJob } from '../src/guards'
import { parseCallback } from '../src/parse-callback'
import { getRight } from './support/either'
import { samples } from './support/samples'

describe('isWorkflowJob', () => {
  it('is true exactly when the job carries a valid Workflow', () => {
    expect(isWorkflowJob({})).toBe(false)
    expect(isWorkflowJob({ Workflow: undefined })).toBe(false)
    expect(isWorkflowJob({ Workflow: { RunId: 'i1', WorkflowId: 'w1' } })).toBe(true)
  })

  it('holds for Tts workflow jobs, whose CosHeaders sit under Operation.Input, not Input', () => {
    const tts = samples.find((s) => s.name === 'reference/tts/sample-2.xml')
    const job = tts === undefined ? undefined : getRight(parseCallback(tts.bytes)).JobsDetail[0]
    expect(job?.Input).toBeUndefined()
    expect(job !== undefined && isWorkflowJob(job)).toBe(true)
  })

  it('agrees with the presence of Workflow on every decodable sample', () => {
    for (const s of samples.filter((x) => x.expectedError === undefined)) {
      for (const job of getRight(parseCallback(s.bytes)).JobsDetail) {
        expect(isWorkflowJob(job)).toBe(job.Workflow !== undefined)
      }
    }
  })
})
