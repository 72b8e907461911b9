import { parseCallback } from '../../../src/parse-callback'
import { getRight } from '../../support/either'
import { sample } from '../../support/samples'

const decode = (name: string, contentVersion?: string) =>
  parseCallback(sample(name).bytes, 'application/json', contentVersion === undefined ? undefined : { contentVersion })

describe('moderation callbacks', () => {
  it('decodes Simple with EventName copied from data.event', () => {
    const cb = getRight(decode('moderation/document/simple-1.json'))
    expect(cb).toMatchObject({ EventName: 'ReviewDocument', ContentVersion: 'Simple', code: 0, message: 'success' })
    if (cb.EventName === 'ReviewDocument' && cb.ContentVersion === 'Simple') {
      expect(cb.data.porn_info).toStrictEqual({ hit_flag: 1, label: 'Porn', score: 87 })
      expect(cb.data.result).toBe(1)
    }
  })
})
