import * as E from 'fp-ts/lib/Either.js'
import { CiCallback, ciCallbackCodec } from '../../../src/codecs/envelope/callback'
import { parseCallback } from '../../../src/parse-callback'
import { toPayloadIssues } from '../../../src/payload-issues'
import { getLeft } from '../../support/either'
import { taskFinish } from '../../support/callbacks'
import { sample } from '../../support/samples'

const decodeSample = (name: string) => parseCallback(sample(name).bytes)

describe('Tag inference for jobs without Tag', () => {
  it('gives a job the Tag its result node names, and records it', () => {
    const legacy = taskFinish(decodeSample('legacy/speech-recognition-no-tag.xml')).JobsDetail[0]
    expect(legacy).toMatchObject({ Tag: 'SpeechRecognition', TagInferred: true })
    const wrapped = taskFinish(decodeSample('reference/words-generalize/no-tag-1.json')).JobsDetail[0]
    expect(wrapped).toMatchObject({ Tag: 'WordsGeneralize', TagInferred: true })
  })

  it('never invents a Tag: no result node, or two that disagree, is an unknown job, or a missing Tag when strict', () => {
    const job = { JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800' }
    for (const Operation of [{}, { SpeechRecognitionResult: { Result: 'x' }, PicProcessResult: { ObjectName: 'a' } }]) {
      const body = { EventName: 'TaskFinish', JobsDetail: [{ ...job, Operation }] }
      const kept = CiCallback.decode(body)
      expect(E.isRight(kept) && kept.right.EventName === 'TaskFinish' && kept.right.JobsDetail[0]).toStrictEqual({
        Tag: 'Unknown',
        JobId: 'j1',
        CreationTime: new Date('2022-06-30T07:29:42.000Z'),
        Operation,
        Raw: { ...job, Operation },
      })
      const left = getLeft(ciCallbackCodec({ unknown: 'reject' }).decode(body))
      expect(toPayloadIssues(left)).toStrictEqual([
        expect.objectContaining({ path: 'JobsDetail[0].Tag', message: 'Missing required field' }),
      ])
    }
  })
})
