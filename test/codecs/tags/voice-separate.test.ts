import { issuePaths, jobOf, jobPairOf } from '../../support/job-of'

const base = { JobId: 'j1', CreationTime: '2022-07-01T10:12:26+0800', Tag: 'VoiceSeparate' }

describe('VoiceSeparate jobs', () => {
  it("types Tencent's sample: the voice track key, two files with their MD5s, two audio streams", () => {
    for (const name of ['reference/voice-separate/sample-2.xml', 'reference/voice-separate/sample-2.json']) {
      const job = jobOf(name, 'VoiceSeparate')
      expect(job.Operation.Output).toStrictEqual({
        AuObject: 'output/audio.mp3',
        Bucket: 'test-123456789',
        Object: 'output/backgroud.mp3',
        Region: 'ap-chongqing',
      })
      expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toStrictEqual([
        'output/audio.mp3',
        'output/backgroud.mp3',
      ])
      expect(job.Operation.MediaResult?.OutputFile?.Md5Info).toStrictEqual([
        { Md5: '3b883c0462ba845acdf3eb7e30db1a1c', ObjectName: 'output/audio.mp3' },
        { Md5: '62de6bb513d6105eeeb1a6ab0077cb5a', ObjectName: 'output/backgroud.mp3' },
      ])
      const audio = job.Operation.MediaInfo?.Stream?.Audio ?? []
      expect(audio.map((a) => [a.SampleRate, a.Channel, a.Bitrate, a.CodecTagString])).toStrictEqual([
        [44100, 2, 128, '[0][0][0][0]'],
        [44100, 2, 128, '[0][0][0][0]'],
      ])
      expect(job.Operation.MediaInfo?.Format?.Duration).toBe(13.688163)
    }
  })

  it('types the VoiceSeparate echo node and the Go SDK stems', () => {
    for (const job of jobPairOf('constructed/voice-separate/stems', 'VoiceSeparate')) {
      expect(job.Operation.VoiceSeparate).toStrictEqual({
        AudioConfig: { Bitrate: 128, Channels: 2, Codec: 'mp3', Samplerate: 44100 },
        AudioMode: 'IsAudio',
      })
      expect(job.Operation.Output?.BassObject).toBe('output/bass.mp3')
      expect(job.Operation.Output?.DrumObject).toBe('output/drum.mp3')
      // One file, one MD5, one audio stream: still lists, in both formats.
      expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['output/vocals.mp3'])
      expect(job.Operation.MediaResult?.OutputFile?.Md5Info).toHaveLength(1)
      expect(job.Operation.MediaInfo?.Stream?.Audio).toHaveLength(1)
    }
  })

  it('rejects values the echo node cannot hold, at their path', () => {
    expect(
      issuePaths({ ...base, Operation: { VoiceSeparate: { AudioConfig: { Samplerate: '44.1kHz' } } } }),
    ).toStrictEqual(['Operation.VoiceSeparate.AudioConfig.Samplerate'])
  })
})
