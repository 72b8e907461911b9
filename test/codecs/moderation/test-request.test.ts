import { parseCallback } from '../../../src/parse-callback'
import { getRight } from '../../support/either'
import { sample } from '../../support/samples'

const decode = (name: string, contentVersion?: string) =>
  parseCallback(sample(name).bytes, 'application/json', contentVersion === undefined ? undefined : { contentVersion })

describe('moderation callbacks', () => {
  it.each([
    'moderation/image/test-request.json',
    'moderation/text/test-request.json',
    'moderation/video/test-request.json',
    'moderation/audio/test-request-no-event.json',
  ])('recognises the console test request %s, with or without data.event', (name) => {
    expect(getRight(decode(name))).toMatchObject({
      EventName: 'TestRequest',
      code: 0,
      message: 'Test request when setting callback url',
    })
  })
})
