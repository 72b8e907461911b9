import { JobsDetail } from '../../src/codecs/job/jobs-detail'
import { jobFailure } from '../../src/job-helpers/job-failure'
import { parseCallback } from '../../src/parse-callback'
import { sample } from '../support/samples'
import { taskFinish } from '../support/callbacks'

const firstJob = (name: string): JobsDetail => {
  const job = taskFinish(parseCallback(sample(name).bytes)).JobsDetail[0]
  if (job === undefined) throw new Error(`${name}: no job`)
  return job
}

describe('jobFailure', () => {
  it('gives the code and message of a failed job, in XML and JSON', () => {
    const expected = {
      code: 'InvalidInput',
      message: 'The input file is not a video: <moov> atom not found & no stream',
    }
    expect(jobFailure(firstJob('smart-cover/failed.xml'))).toStrictEqual(expected)
    expect(jobFailure(firstJob('smart-cover/failed.json'))).toStrictEqual(expected)
  })

  it('is undefined for a successful job, whatever its Message says', () => {
    for (const name of [
      'reference/snapshot/sample-2.xml',
      'reference/extract-digital-watermark/sample-1.xml',
      'reference/noise-reduction/sample-1.json',
    ]) {
      expect(jobFailure(firstJob(name))).toBeUndefined()
    }
  })

  it('reads State only: no State is not a failure; a failed job without Code or Message still is one', () => {
    expect(jobFailure({ Code: 'InternalError' })).toBeUndefined()
    expect(jobFailure({ State: 'Failed' })).toStrictEqual({ code: '', message: '' })
    expect(jobFailure({ State: 'Cancel', Code: 'Cancelled' })).toBeUndefined()
  })
})
