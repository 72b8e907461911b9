import { bothFormats, jobOf } from './media-support'

describe('SDRtoHDR job', () => {
  it.each(['reference/sdr-to-hdr/sample-1.xml', ...bothFormats('reference/sdr-to-hdr/sample-2')])(
    '%s: HdrMode, the transcode template and both watermark templates are typed',
    (name) => {
      const job = jobOf(name)
      if (job.Tag !== 'SDRtoHDR') throw new Error(`unexpected Tag ${job.Tag}`)
      expect(job.Operation.SDRtoHDR).toStrictEqual({ HdrMode: 'HDR10' })
      expect(job.Operation.TranscodeTemplateId).toBe('t156c107210e7243c5817354565d81b578')
      expect(job.Operation.WatermarkTemplateId).toStrictEqual([
        't143ae6e040af6431aa772c9ec3f0a3f36',
        't12a74d11687d444deba8a6cc52051ac27',
      ])
      expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['output/sdr2hdr.mp4'])
    },
  )
})
