import { issuePaths, jobOf } from '../../support/job-of'

describe('ExtractDigitalWatermark jobs', () => {
  it("reads the extracted text from the echo node's Message (Tencent's sample)", () => {
    for (const name of [
      'reference/extract-digital-watermark/sample-1.xml',
      'reference/extract-digital-watermark/sample-1.json',
    ]) {
      const job = jobOf(name, 'ExtractDigitalWatermark')
      expect(job.Operation.ExtractDigitalWatermark).toStrictEqual({
        Message: '123456789ab',
        Type: 'Text',
        Version: 'V1',
      })
      // The job-level Message is something else: Tencent's status word.
      expect(job.Message).toBe('done')
      expect(job.Operation.MediaResult).toBeUndefined()
    }
  })

  it('keeps a numeric-looking watermark as exact text and rejects a non-text one', () => {
    const base = { JobId: 'j1', CreationTime: '2022-06-30T18:42:20+0800', Tag: 'ExtractDigitalWatermark' }
    expect(issuePaths({ ...base, Operation: { ExtractDigitalWatermark: { Message: '007' } } })).toStrictEqual([])
    expect(issuePaths({ ...base, Operation: { ExtractDigitalWatermark: { Message: { Text: 'x' } } } })).toStrictEqual([
      'Operation.ExtractDigitalWatermark.Message',
    ])
  })
})
