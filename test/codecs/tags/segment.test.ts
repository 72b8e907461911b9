import { bothFormats, jobOf } from './media-support'

const NAMES = ['0', '1', '2', '3', '4', '5', '6', '7', '8']

describe('Segment job', () => {
  it.each(['reference/segment/sample-1.xml', ...bothFormats('reference/segment/sample-2')])(
    '%s: nine relative names under one prefix, nine MD5s under full keys',
    (name) => {
      const job = jobOf(name)
      if (job.Tag !== 'Segment') throw new Error(`unexpected Tag ${job.Tag}`)
      expect(job.Operation.Segment).toStrictEqual({ Duration: 25, Format: 'mp4', HlsEncrypt: { IsHlsEncrypt: false } })
      expect(job.Operation.Output?.Object).toBe('output/segment-${number}')
      const file = job.Operation.MediaResult?.OutputFile
      expect(file?.ObjectPrefix).toBe('output/segment-')
      expect(file?.ObjectName).toStrictEqual(NAMES)
      expect(file?.Md5Info?.map((m) => m.ObjectName)).toStrictEqual(NAMES.map((n) => `output/segment-${n}`))
      expect(file?.Md5Info?.[0]?.Md5).toBe('59a4edd95c6ddca43277d82cf33edc0d')
    },
  )
})

describe('Segment job: HLS with encryption', () => {
  it.each(bothFormats('constructed/segment/hls-encrypted'))('%s: the echo and the one-file result', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'Segment') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.Operation.Segment).toStrictEqual({
      Duration: 10,
      EndTime: 120,
      Format: 'hls',
      HlsEncrypt: { IsHlsEncrypt: true, UriKey: 'https://example.com/hls/key?id=1&v=2' },
      StartTime: 30,
      TranscodeIndex: '0',
    })
    expect(job.Operation.MediaResult?.OutputFile).toStrictEqual({
      Bucket: 'examplebucket-1250000000',
      Md5Info: [{ Md5: '0c2f4b6e8a1d3c5e7f9b0d2f4a6c8e0a', ObjectName: 'output/segment/demo.m3u8' }],
      ObjectName: ['demo.m3u8'],
      ObjectPrefix: 'output/segment/',
      Region: 'ap-guangzhou',
    })
  })
})
