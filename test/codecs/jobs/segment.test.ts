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
