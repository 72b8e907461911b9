import * as E from 'fp-ts/lib/Either.js'
import { isWorkflowJob } from '../../src/guards'
import { parseCallback } from '../../src/parse-callback'
import { smartCoverCallback, taskFinishCallback, workflowJob } from '../../src/testing'

const fixtures = {
  'a finished SmartCover job': smartCoverCallback(),
  'a failed SmartCover job': smartCoverCallback({ State: 'Failed', Code: 'InternalError', Message: 'boom & <bust>' }),
  'a workflow-triggered job': taskFinishCallback([workflowJob()]),
  'two jobs': taskFinishCallback([workflowJob(), workflowJob({ JobId: 'j2', StartTime: undefined })]),
}

describe('fixtures', () => {
  describe.each(['xml', 'json'] as const)('in %s', (format) => {
    it.each(Object.entries(fixtures))('%s decodes to the value it was built from', (_name, f) => {
      expect(parseCallback(f.body(format))).toStrictEqual(E.right(f.value))
    })
  })

  it('builds a job that isWorkflowJob recognises', () => {
    expect(isWorkflowJob(workflowJob())).toBe(true)
    expect(isWorkflowJob(smartCoverCallback().value.JobsDetail[0] ?? workflowJob())).toBe(false)
  })

  it('applies overrides', () => {
    const job = smartCoverCallback({ JobId: 'j-test' }).value.JobsDetail[0]
    expect(job?.JobId).toBe('j-test')
  })
})
