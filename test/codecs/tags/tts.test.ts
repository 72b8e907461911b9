import { issuePaths, jobOf, jobPairOf } from '../../support/job-of'

describe('Tts jobs', () => {
  it("types Tencent's samples: no JobsDetail.Input, the text or URL read, the audio written", () => {
    const direct = jobOf('reference/tts/sample-1.xml', 'Tts')
    expect(direct.Input).toBeUndefined()
    expect(direct.Operation.TtsConfig).toStrictEqual({
      Input: "Hi, I'm Aixiaonan. Nice to meet you.",
      InputType: 'Text',
    })
    for (const name of ['reference/tts/sample-2.xml', 'reference/tts/sample-2.json']) {
      const job = jobOf(name, 'Tts')
      expect(job.Input).toBeUndefined()
      expect(job.Operation.TtsConfig).toStrictEqual({
        Input: 'https://test-123456789.cos.ap-chongqing.myqcloud.com/input/text.txt',
        InputType: 'Url',
      })
      expect(job.Operation.Input?.CosHeaders).toStrictEqual([
        { Key: 'Content-Type', Value: 'application/octet-stream' },
        { Key: 'x-cos-request-id', Value: 'NjJiZDYwYTFfNjUzYTYyNjRfZjEwZl8xMmZhYzY5' },
        { Key: 'EventName', Value: 'cos:ObjectCreated:Put' },
        { Key: 'Size', Value: '265' },
      ])
      expect(job.Operation.MediaInfo?.Stream?.Audio).toStrictEqual([{ CodecName: 'mp3', SampleRate: 16000 }])
      expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['/output/aixiaonan.mp3'])
    }
  })

  it('types TtsTpl, and keeps a single Operation.Input.CosHeaders entry a list, in XML and JSON', () => {
    for (const job of jobPairOf('constructed/tts/template-workflow', 'Tts')) {
      expect(job.Operation.TtsTpl).toStrictEqual({
        Codec: 'wav',
        Mode: 'Asyc',
        Speed: 120,
        VoiceType: 'ruxue',
        Volume: -2,
      })
      expect(job.Operation.TtsConfig?.Input).toBe('欢迎使用数据万象。')
      expect(job.Operation.Input?.CosHeaders).toStrictEqual([{ Key: 'Content-Type', Value: 'text/plain' }])
    }
  })

  it('rejects values TtsTpl cannot hold, at their path', () => {
    const base = { JobId: 'j1', CreationTime: '2022-06-30T19:33:18+0800', Tag: 'Tts' }
    expect(issuePaths({ ...base, Operation: { TtsTpl: { Speed: 'fast' } } })).toStrictEqual(['Operation.TtsTpl.Speed'])
  })
})
