import { parseCallback } from '../../../src/parse-callback'
import { sample } from '../../support/samples'
import { taskFinish } from '../../support/callbacks'

const translationJob = (name: string) => {
  const job = taskFinish(parseCallback(sample(name).bytes)).JobsDetail[0]
  if (job?.Tag !== 'Translation') throw new Error(`expected a Translation job in ${name}`)
  return job
}

describe('Translation', () => {
  it('decodes the documented sample: the echo, the output, and the source language passed through', () => {
    const job = translationJob('reference/translation/sample-1.xml')
    expect(job.Operation.Translation).toStrictEqual({ Lang: 'en', Type: 'txt' })
    expect(job.Operation.Output).toStrictEqual({
      Region: 'ap-chongqing',
      Bucket: 'test-123456789',
      Object: 'output/zh.pdf',
    })
    expect(job.Operation.JobLevel).toBe(0)
    expect(job.Input).toStrictEqual({ Object: 'input/en.pdf', Lang: 'en', Type: 'pdf', BasicType: 'pptx' })
    expect(job.Message).toBe('Success')
  })

  it.each(['constructed/translation/document.xml', 'constructed/translation/document.json'])('decodes %s', (name) => {
    const job = translationJob(name)
    expect(job.Operation.Translation).toStrictEqual({ Lang: 'zh', Type: 'docx' })
    expect(job.Operation.Output?.Object).toBe('docs/manual-zh.docx')
    expect(job.Operation.JobLevel).toBe(1)
    expect(job.EndTime).toStrictEqual(new Date('2024-06-03T00:15:49Z'))
  })
})
