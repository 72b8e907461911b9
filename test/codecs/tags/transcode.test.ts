import { parseCallback } from '../../../src/parse-callback'
import * as E from 'fp-ts/lib/Either.js'
import { TranscodeJob } from '../../../src/codecs/tags/transcode'
import { sample } from '../../support/samples'
import { bothFormats, jobOf } from './media-support'

const OP = 'constructed/transcode/full-echo'

describe('Transcode job', () => {
  it.each(bothFormats(OP))('%s: every echo node is typed, every one-item list is an array', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'Transcode') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.Progress).toBe(100)
    expect(job.SubTag).toBe('DigitalWatermark')
    expect(job.StartTime).toStrictEqual(new Date('2024-03-12T02:21:06Z'))
    const op = job.Operation
    expect(op.JobLevel).toBe(1)
    expect(op.Transcode).toStrictEqual({
      Audio: { Bitrate: 128, Channels: 2, Codec: 'aac', Remove: false, Samplerate: 44100 },
      AudioMixArray: [
        {
          AudioSource: 'https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/audio/bgm.mp3',
          EffectConfig: { BgmFadeTime: 1.7, EnableBgmFade: true, EnableStartFadein: true, StartFadeinTime: 3 },
          MixMode: 'Once',
          Replace: false,
        },
      ],
      Container: { ClipConfig: { Duration: 10 }, Format: 'hls' },
      TimeInterval: { Duration: 60, Start: 0 },
      TransConfig: {
        AdjDarMethod: 'scale',
        HlsEncrypt: { IsHlsEncrypt: true, UriKey: 'https://example.com/hls/key' },
        IsCheckReso: false,
        IsHdr2Sdr: false,
        ResoAdjMethod: '1',
      },
      Video: {
        Bitrate: 1000,
        Codec: 'H.264',
        ColorParam: { ColorRange: 'tv' },
        Fps: '30',
        Gop: 60,
        Preset: 'medium',
        Profile: 'high',
        Remove: false,
        Width: 1280,
      },
    })
    expect(op.Watermark).toStrictEqual([
      {
        Dx: 10,
        Dy: 10,
        EndTime: 10,
        LocMode: 'Absolute',
        Pos: 'TopRight',
        StartTime: 0,
        Text: { FontColor: '0xF0F8F0', FontSize: 30, FontType: 'simfang.ttf', Text: 'ci demo', Transparency: 30 },
        Type: 'Text',
      },
    ])
    expect(op.WatermarkTemplateId).toStrictEqual(['t1318c5f428d474afba1797f84091cbe22'])
    expect(op.RemoveWatermark).toStrictEqual([{ Dx: 150, Dy: 150, Height: 75, Width: 75 }])
    expect(op.Subtitles).toStrictEqual({
      Subtitle: [{ Url: 'https://examplebucket-1250000000.cos.ap-guangzhou.myqcloud.com/subtitles/demo.srt' }],
    })
    expect(op.DigitalWatermark).toStrictEqual({
      IgnoreError: true,
      Message: 'ci-demo-0001',
      State: 'Success',
      Type: 'Text',
      Version: 'V1',
    })
    expect(op.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['output/transcode/demo.m3u8'])
    expect(op.MediaResult?.OutputFile?.Md5Info).toStrictEqual([
      { Md5: '2b5a1f39c1c84e3b8d0e7c64a4c3f021', ObjectName: 'output/transcode/demo.m3u8' },
    ])
  })

  it.each(bothFormats('constructed/transcode/failed'))('%s: a failed job keeps its code and unset times', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'Transcode') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.State).toBe('Failed')
    expect(job.Code).toBe('InvalidInput')
    expect(job.Message).toBe('the input file has no video or audio stream')
    expect(job.Progress).toBe(0)
    expect(job.StartTime).toBeUndefined()
    expect(job.EndTime).toBeUndefined()
    expect(job.Operation.MediaResult).toBeUndefined()
    expect(job.Operation.Transcode).toBeUndefined()
    expect(job.Operation.TemplateName).toBe('mp4_720p')
  })

  it.each(['reference/transcode/sample-1.xml', ...bothFormats('reference/transcode/sample-2')])(
    '%s: the documented sample decodes as a Transcode job',
    (name) => {
      const job = jobOf(name)
      if (job.Tag !== 'Transcode') throw new Error(`unexpected Tag ${job.Tag}`)
      expect(job.Progress).toBe(100)
      expect(job.Operation.TemplateId).toBe('t1995d523e42df4c5e858f244b4174360c')
      expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['output/transcode.mp4'])
      expect(job.Operation.MediaResult?.OutputFile?.Md5Info).toStrictEqual([
        { Md5: '2db78d168edf2f883adce89a1b4ca033', ObjectName: 'output/transcode.mp4' },
      ])
      // The output's media info keeps the fractional frame rate as text.
      expect(job.Operation.MediaInfo?.Stream?.Video?.[0]?.Fps).toBe('50/1')
    },
  )

  it.each([
    'reference/transcode-high-speed-hd/sample-1.xml',
    'reference/transcode-high-speed-hd/sample-2.xml',
    'reference/transcode-high-speed-hd/sample-3.json',
  ])('%s: a Top Speed Codec (HighSpeedHd) job is a Transcode job; JobLevel is a number in XML and JSON', (name) => {
    const job = jobOf(name)
    if (job.Tag !== 'Transcode') throw new Error(`unexpected Tag ${job.Tag}`)
    expect(job.Operation.JobLevel).toBe(0)
    expect(job.Operation.TemplateName).toBe('high_993874')
    expect(job.Operation.MediaResult?.OutputFile?.ObjectName).toStrictEqual(['output/high_speed.mp4'])
  })
})

describe('Transcode job: failures and round trip', () => {
  const xml = sample('constructed/transcode/full-echo.xml').bytes.toString('utf8')

  it('a wrong echo value is an InvalidPayload at its path, with its line', () => {
    const result = parseCallback(xml.replace('<Gop>60</Gop>', '<Gop>sixty</Gop>'), undefined, {
      invalidFields: 'reject',
    })
    if (E.isRight(result) || result.left._tag !== 'InvalidPayload') throw new Error('expected an InvalidPayload')
    expect(result.left.issues.map((i) => [i.path, i.received])).toStrictEqual([
      ['JobsDetail[0].Operation.Transcode.Video.Gop', '"sixty"'],
    ])
    expect(result.left.issues[0]?.line).toBe(xml.split('\n').findIndex((l) => l.includes('<Gop>60')) + 1)
  })

  it('the decoded job encodes back to the wire form and decodes to the same value', () => {
    const job = jobOf('constructed/transcode/full-echo.xml')
    if (job.Tag !== 'Transcode') throw new Error(`unexpected Tag ${job.Tag}`)
    const wire = TranscodeJob.encode(job)
    expect(wire.Operation.Transcode?.Video?.Width).toBe('1280')
    expect(TranscodeJob.decode(wire)).toStrictEqual(E.right(job))
  })
})
