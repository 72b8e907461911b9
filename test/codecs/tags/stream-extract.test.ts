import { issuePaths, jobOf, jobPairOf } from '../../support/job-of'

const base = { JobId: 'j1', CreationTime: '2022-06-30T19:27:39+0800', Tag: 'StreamExtract' }

describe('StreamExtract jobs', () => {
  it("types Tencent's sample: three streams asked for, two written", () => {
    for (const name of ['reference/stream-extract/sample-1.xml', 'reference/stream-extract/sample-1.json']) {
      const job = jobOf(name, 'StreamExtract')
      expect(job.Operation.Output?.StreamExtract).toStrictEqual([
        { Index: 0, Output: 'output/out0.mp4' },
        { Index: 1, Output: 'output/out1.mp4' },
        { Index: 2, Output: 'output/out2.mp4' },
      ])
      expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['output/out0.mp4', 'output/out1.mp4'])
      expect(job.Operation.UserData).toBe('This is my StreamExtract job.')
    }
  })

  it("keeps a single stream a list, under the request's name Object, in XML and JSON", () => {
    for (const job of jobPairOf('constructed/stream-extract/one-stream', 'StreamExtract')) {
      expect(job.Operation.Output?.StreamExtract).toStrictEqual([{ Index: 1, Object: 'output/audio-only.m4a' }])
    }
  })

  it('rejects a stream index that is not a whole number, at its path', () => {
    expect(issuePaths({ ...base, Operation: { Output: { StreamExtract: [{ Index: 'audio' }] } } })).toStrictEqual([
      'Operation.Output.StreamExtract[0].Index',
    ])
  })
})
