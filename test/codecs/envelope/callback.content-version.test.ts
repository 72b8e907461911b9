import { parseCallback } from '../../../src/parse-callback'
import { getLeft, getRight } from '../../support/either'
import { sample } from '../../support/samples'

const decode = (name: string, contentVersion?: string) =>
  parseCallback(sample(name).bytes, 'application/json', contentVersion === undefined ? undefined : { contentVersion })

describe('moderation callbacks', () => {
  it('cross-checks the X-Ci-Content-Version header when given, whatever its case', () => {
    expect(getRight(decode('moderation/image/simple-2.json', 'simple'))).toMatchObject({ ContentVersion: 'Simple' })
    expect(getRight(decode('moderation/image/detail-2.json', 'Detail'))).toMatchObject({ ContentVersion: 'Detail' })
    const simpleAsDetail = getLeft(decode('moderation/image/simple-2.json', 'Detail'))
    expect(simpleAsDetail).toMatchObject({
      _tag: 'InvalidPayload',
      message: expect.stringContaining('X-Ci-Content-Version header says Detail'),
    })
    expect(getLeft(decode('moderation/image/detail-2.json', 'Simple'))._tag).toBe('InvalidPayload')
    // Not a moderation body, an unknown version, or the test request: nothing to cross-check.
    expect(getRight(decode('smart-cover/workflow.json', 'Detail')).EventName).toBe('TaskFinish')
    expect(getRight(decode('moderation/image/detail-2.json', 'V3')).EventName).toBe('ReviewImage')
    expect(getRight(decode('moderation/image/test-request.json', 'Detail')).EventName).toBe('TestRequest')
  })
})
