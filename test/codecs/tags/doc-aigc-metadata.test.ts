import { issuePaths, jobPairOf } from '../../support/job-of'

describe('DocAIGCMetadata jobs', () => {
  it('types the marking, placeholders verbatim, in XML and JSON', () => {
    for (const job of jobPairOf('constructed/doc-aigc-metadata/label', 'DocAIGCMetadata')) {
      expect(job.Operation.DocAIGCMetadata).toStrictEqual({
        AIGCMetadata: { ContentProducer: 'AIGC-Bqwdvi-1584', Label: '1', ProduceID: 'CI-2025-XXXXX-${InputName}' },
      })
    }
  })

  it('passes unknown fields through and rejects a non-text label', () => {
    const base = { JobId: 'd1', CreationTime: '2024-03-12T10:21:05+0800', Tag: 'DocAIGCMetadata' }
    expect(issuePaths({ ...base, Operation: { DocAIGCMetadata: { NewField: 'x', AIGCMetadata: {} } } })).toStrictEqual(
      [],
    )
    expect(
      issuePaths({ ...base, Operation: { DocAIGCMetadata: { AIGCMetadata: { Label: ['1', '2'] } } } }),
    ).toStrictEqual(['Operation.DocAIGCMetadata.AIGCMetadata.Label'])
  })
})
