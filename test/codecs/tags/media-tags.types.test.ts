import { expectTypeOf } from 'expect-type'
import type { JobsDetail } from '../../../src/codecs/job/jobs-detail'
import type { AudioMix } from '../../../src/codecs/nodes/audio-mix'
import type { AnimationOperation } from '../../../src/codecs/tags/animation'
import type { ConcatOperation } from '../../../src/codecs/tags/concat'
import type { DigitalWatermarkOperation } from '../../../src/codecs/tags/digital-watermark'
import type { FillConcatOperation } from '../../../src/codecs/tags/fill-concat'
import type { GeneratePlayListOperation } from '../../../src/codecs/tags/generate-play-list'
import type { SDRtoHDROperation } from '../../../src/codecs/tags/sdr-to-hdr'
import type { SegmentOperation } from '../../../src/codecs/tags/segment'
import type { SuperResolutionOperation } from '../../../src/codecs/tags/super-resolution'
import type { TranscodeJob, TranscodeOperation } from '../../../src/codecs/tags/transcode'
import type { VideoEnhanceOperation } from '../../../src/codecs/tags/video-enhance'
import type { VideoMontageOperation } from '../../../src/codecs/tags/video-montage'
import type { VideoProcessOperation } from '../../../src/codecs/tags/video-process'
import type { VideoSynthesisOperation } from '../../../src/codecs/tags/video-synthesis'
import type { WatermarkJob, WatermarkOperation } from '../../../src/codecs/tags/watermark'
import type { Watermark } from '../../../src/codecs/nodes/watermark'
import { decodedJobs, runOver } from '../../support/decoded'

// Checked by `tsc --noEmit` (npm test runs it first); at run time these are no-ops.

describe('media-processing Tags: static types', () => {
  it('job.Tag narrows job.Operation for every media Tag', () => {
    const check = (j: JobsDetail): void => {
      switch (j.Tag) {
        case 'Transcode':
          expectTypeOf(j).toEqualTypeOf<TranscodeJob>()
          expectTypeOf(j.Operation).toEqualTypeOf<TranscodeOperation>()
          break
        case 'Animation':
          expectTypeOf(j.Operation).toEqualTypeOf<AnimationOperation>()
          break
        case 'Concat':
          expectTypeOf(j.Operation).toEqualTypeOf<ConcatOperation>()
          break
        case 'VideoMontage':
          expectTypeOf(j.Operation).toEqualTypeOf<VideoMontageOperation>()
          break
        case 'SDRtoHDR':
          expectTypeOf(j.Operation).toEqualTypeOf<SDRtoHDROperation>()
          break
        case 'VideoProcess':
          expectTypeOf(j.Operation).toEqualTypeOf<VideoProcessOperation>()
          break
        case 'SuperResolution':
          expectTypeOf(j.Operation).toEqualTypeOf<SuperResolutionOperation>()
          break
        case 'Segment':
          expectTypeOf(j.Operation).toEqualTypeOf<SegmentOperation>()
          break
        case 'DigitalWatermark':
          expectTypeOf(j.Operation).toEqualTypeOf<DigitalWatermarkOperation>()
          break
        case 'VideoEnhance':
          expectTypeOf(j.Operation).toEqualTypeOf<VideoEnhanceOperation>()
          break
        case 'GeneratePlayList':
          expectTypeOf(j.Operation).toEqualTypeOf<GeneratePlayListOperation>()
          break
        case 'FillConcat':
          expectTypeOf(j.Operation).toEqualTypeOf<FillConcatOperation>()
          break
        case 'VideoSynthesis':
          expectTypeOf(j.Operation).toEqualTypeOf<VideoSynthesisOperation>()
          break
        case 'Watermark':
          expectTypeOf(j).toEqualTypeOf<WatermarkJob>()
          expectTypeOf(j.Operation).toEqualTypeOf<WatermarkOperation>()
          break
      }
    }
    runOver(decodedJobs, check)
  })

  it('typed fields have their documented types after narrowing', () => {
    const check = (j: JobsDetail): void => {
      if (j.Tag === 'Transcode') {
        const op = j.Operation
        expectTypeOf(op.Transcode?.Video?.Width).toEqualTypeOf<number | undefined>()
        // Frame rates can be fractions such as "50/1": text.
        expectTypeOf(op.Transcode?.Video?.Fps).toEqualTypeOf<string | undefined>()
        expectTypeOf(op.Transcode?.Audio?.Remove).toEqualTypeOf<boolean | undefined>()
        expectTypeOf(op.Transcode?.TransConfig?.HlsEncrypt?.IsHlsEncrypt).toEqualTypeOf<boolean | undefined>()
        expectTypeOf(op.Transcode?.AudioMixArray).toEqualTypeOf<Array<AudioMix> | undefined>()
        expectTypeOf(op.Watermark?.[0]?.Dx).toEqualTypeOf<number | undefined>()
        expectTypeOf(op.WatermarkTemplateId).toEqualTypeOf<Array<string> | undefined>()
        expectTypeOf(op.DigitalWatermark?.IgnoreError).toEqualTypeOf<boolean | undefined>()
        expectTypeOf(op.DigitalWatermark?.State).toEqualTypeOf<string | undefined>()
        expectTypeOf(op.JobLevel).toEqualTypeOf<number | undefined>()
        expectTypeOf(j.StartTime).toEqualTypeOf<Date | undefined>()
        expectTypeOf(j.Progress).toEqualTypeOf<number | undefined>()
        // @ts-expect-error: Animation's node is not on a Transcode operation
        expectTypeOf(op.Animation).toBeUnknown()
      }
      if (j.Tag === 'Segment') {
        expectTypeOf(j.Operation.Segment?.Duration).toEqualTypeOf<number | undefined>()
        expectTypeOf(j.Operation.MediaResult?.OutputFile?.ObjectName).toEqualTypeOf<Array<string> | undefined>()
      }
      if (j.Tag === 'Concat') {
        expectTypeOf(j.Operation.ConcatTemplate?.ConcatFragment?.[0]?.StartTime).toEqualTypeOf<number | undefined>()
        expectTypeOf(j.Operation.ConcatTemplate?.DirectConcat).toEqualTypeOf<boolean | undefined>()
      }
      if (j.Tag === 'VideoSynthesis') {
        expectTypeOf(j.Operation.VideoSynthesis?.SpliceInfo?.[0]?.Width).toEqualTypeOf<number | undefined>()
      }
      if (j.Tag === 'VideoEnhance') {
        expectTypeOf(j.Operation.VideoEnhance?.FrameEnhance?.FrameDoubling).toEqualTypeOf<boolean | undefined>()
      }
      if (j.Tag === 'Watermark') {
        const op = j.Operation
        expectTypeOf(op.WatermarkTemplateId).toEqualTypeOf<Array<string> | undefined>()
        expectTypeOf(op.Watermark).toEqualTypeOf<Array<Watermark> | undefined>()
        expectTypeOf(op.Watermark?.[0]?.Image?.Width).toEqualTypeOf<number | undefined>()
        expectTypeOf(op.Output?.Object).toEqualTypeOf<string | undefined>()
        expectTypeOf(op.Transcode?.Video?.Width).toEqualTypeOf<number | undefined>()
        expectTypeOf(op.MediaResult?.OutputFile?.ObjectName).toEqualTypeOf<Array<string> | undefined>()
        // @ts-expect-error: DigitalWatermark's extraction node is not on a Watermark operation
        expectTypeOf(op.ExtractDigitalWatermark).toBeUnknown()
      }
    }
    runOver(decodedJobs, check)
  })
})
