import * as E from 'fp-ts/lib/Either.js'
import { VideoTargetRecResult } from '../../../src/codecs/nodes/video-target-rec-result'

describe('VideoTargetRec', () => {
  it('refuses a score that is not a number', () => {
    const bad = { PetRecognition: [{ PetInfo: [{ Score: 'high' }] }] }
    expect(E.isLeft(VideoTargetRecResult.decode(bad))).toBe(true)
  })
})
