import * as E from 'fp-ts/lib/Either.js'
import { SpeechRecognitionJob } from '../../../src/codecs/tags/speech-recognition'
import { parseCallback } from '../../../src/parse-callback'
import { sample } from '../../support/samples'
import { taskFinish } from '../../support/callbacks'

const speechJob = (name: string) => {
  const job = taskFinish(parseCallback(sample(name).bytes)).JobsDetail[0]
  if (job?.Tag !== 'SpeechRecognition') throw new Error(`expected a SpeechRecognition job in ${name}`)
  return job
}

const TRANSCRIPT = '悯农，李绅，锄禾日当午，汗滴禾下土。谁知盘中餐，粒粒皆辛苦。'

describe('SpeechRecognition', () => {
  it.each([
    'reference/speech-recognition/sample-1.xml',
    'reference/speech-recognition/sample-2.xml',
    'reference/speech-recognition/sample-2.json',
  ])('decodes the transcript and its details in %s', (name) => {
    const job = speechJob(name)
    const result = job.Operation.SpeechRecognitionResult
    expect(result?.AudioTime).toBe(19.7124)
    // Text kept as sent, time span included; a list even with one `<Result>`.
    expect(result?.Result).toStrictEqual([`[0:3.320,0:19.712]  ${TRANSCRIPT}`])
    expect(result?.ObjectName).toBe('/example.txt')
    expect(result?.DetailObjectName).toBe('/example.txt.detail')
    // One `<ResultDetail>` (an object in JSON): still a list.
    expect(result?.ResultDetail).toHaveLength(1)
    const detail = result?.ResultDetail?.[0]
    expect([detail?.StartMs, detail?.EndMs, detail?.WordsNum, detail?.SpeechSpeed]).toStrictEqual([
      3320, 19712, 22, 2.4,
    ])
    expect(detail?.SpeakerId).toBe('0')
    expect(detail?.FinalSentence).toBe(TRANSCRIPT)
    expect(detail?.Words).toHaveLength(22)
    expect(detail?.Words?.[2]).toStrictEqual({ OffsetEndMs: 2625, OffsetStartMs: 2190, VoiceType: '1', Word: '，' })
    expect(job.Operation.TemplateId).toBe('t14aea553bb55c468b963fafa472afc538')
    expect(job.Operation.JobLevel).toBe(0)
  })

  it.each(['constructed/speech-recognition/flash.xml', 'constructed/speech-recognition/flash.json'])(
    'decodes snake_case flash results with one channel, one sentence and one word as lists (%s)',
    (name) => {
      const op = speechJob(name).Operation
      expect(op.SpeechRecognition?.FlashAsr).toBe(true)
      expect(op.SpeechRecognition?.ChannelNum).toBe(1)
      expect(op.SpeechRecognition?.SpeakerDiarization).toBe('1')
      expect(op.SpeechRecognitionResult?.FlashResult).toStrictEqual([
        {
          channel_id: 0,
          text: '你好，欢迎。',
          sentence_list: [
            {
              text: '你好，欢迎。',
              start_time: 120,
              end_time: 2640,
              speaker_id: '0',
              word_list: [{ word: '你好', start_time: 0, end_time: 980 }],
            },
          ],
        },
      ])
      expect(op.SpeechRecognitionResult?.AudioTime).toBe(2.76)
    },
  )

  it('keeps several <Result> elements, and refuses a non-numeric AudioTime', () => {
    const wire = {
      Tag: 'SpeechRecognition',
      JobId: 's1',
      CreationTime: '2022-09-02T10:25:38+0800',
      Operation: { SpeechRecognitionResult: { AudioTime: '1.5', Result: ['a', 'b'] } },
    }
    const decoded = SpeechRecognitionJob.decode(wire)
    expect(E.isRight(decoded) && decoded.right.Operation.SpeechRecognitionResult?.Result).toStrictEqual(['a', 'b'])
    expect(E.isRight(decoded) && SpeechRecognitionJob.encode(decoded.right)).toStrictEqual(wire)
    const bad = { ...wire, Operation: { SpeechRecognitionResult: { AudioTime: '19s' } } }
    expect(E.isLeft(SpeechRecognitionJob.decode(bad))).toBe(true)
  })
})
