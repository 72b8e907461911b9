import { issuePaths, jobOf, jobPairOf } from '../../support/job-of'

describe('NoiseReduction jobs', () => {
  it("types Tencent's sample: no MediaResult, the output at Output.Object", () => {
    for (const name of ['reference/noise-reduction/sample-1.xml', 'reference/noise-reduction/sample-1.json']) {
      const job = jobOf(name, 'NoiseReduction')
      expect(job.Operation.Output).toStrictEqual({
        Bucket: 'test-123456789',
        Object: 'output/nr.wav',
        Region: 'ap-chongqing',
      })
      expect(job.Operation.MediaResult).toBeUndefined()
      expect(job.Message).toBe('SUCCESS')
    }
  })

  it('types the NoiseReduction echo node the Go SDK models', () => {
    for (const job of jobPairOf('constructed/noise-reduction/params', 'NoiseReduction')) {
      expect(job.Operation.NoiseReduction).toStrictEqual({ Format: 'wav', Samplerate: 16000 })
    }
    const base = { JobId: 'j1', CreationTime: '2022-06-30T18:47:18+0800', Tag: 'NoiseReduction' }
    expect(issuePaths({ ...base, Operation: { NoiseReduction: { Samplerate: '16k' } } })).toStrictEqual([
      'Operation.NoiseReduction.Samplerate',
    ])
  })
})
