import { expectTypeOf } from 'expect-type'
import type { JobsDetail } from '../../src/codecs/job/jobs-detail'
import type { CosHeaders } from '../../src/codecs/job/cos-headers'
import type { DocProcessJob, DocProcessPageInfo } from '../../src/codecs/tags/doc-process'
import type { ExtractDigitalWatermarkJob } from '../../src/codecs/tags/extract-digital-watermark'
import type { FileCompressJob } from '../../src/codecs/tags/file-compress'
import type { FileHashCodeJob } from '../../src/codecs/tags/file-hash-code'
import type { MediaInfoJob } from '../../src/codecs/tags/media-info'
import type { SnapshotJob } from '../../src/codecs/tags/snapshot'
import type { StreamExtract } from '../../src/codecs/tags/stream-extract'
import type { TtsJob } from '../../src/codecs/tags/tts'
import type { VoiceSeparateJob } from '../../src/codecs/tags/voice-separate'
import { cosHeaders, type CosHeaderLookup } from '../../src/job-helpers/cos-header-lookup'
import { jobFailure, type JobFailure } from '../../src/job-helpers/job-failure'
import type { JobOutput } from '../../src/job-helpers/job-output'
import { jobOutputs } from '../../src/job-helpers/job-outputs'
import { decodedJobs, runOver } from '../support/decoded'

// Checked by `tsc --noEmit` (npm test runs it first); at run time these are no-ops.

describe('utility Tags (media, audio, document, file): static types', () => {
  it('narrows job.Operation by Tag, with typed fields of their documented type', () => {
    const check = (job: JobsDetail): void => {
      switch (job.Tag) {
        case 'Snapshot':
          expectTypeOf(job).toEqualTypeOf<SnapshotJob>()
          expectTypeOf(job.Operation.Snapshot?.Count).toEqualTypeOf<number | undefined>()
          expectTypeOf(job.Operation.Snapshot?.IsCheckBlack).toEqualTypeOf<boolean | undefined>()
          expectTypeOf(job.Operation.Snapshot?.SpriteSnapshotConfig?.Columns).toEqualTypeOf<number | undefined>()
          expectTypeOf(job.Operation.Output?.SpriteObject).toEqualTypeOf<string | undefined>()
          expectTypeOf(job.Operation.MediaResult?.OutputFile?.SpriteOutputFile?.ObjectName).toEqualTypeOf<
            Array<string> | undefined
          >()
          break
        case 'VoiceSeparate':
          expectTypeOf(job).toEqualTypeOf<VoiceSeparateJob>()
          expectTypeOf(job.Operation.Output?.AuObject).toEqualTypeOf<string | undefined>()
          expectTypeOf(job.Operation.VoiceSeparate?.AudioConfig?.Samplerate).toEqualTypeOf<number | undefined>()
          break
        case 'StreamExtract':
          expectTypeOf(job.Operation.Output?.StreamExtract).toEqualTypeOf<Array<StreamExtract> | undefined>()
          expectTypeOf<StreamExtract['Index']>().toEqualTypeOf<number | undefined>()
          break
        case 'ExtractDigitalWatermark':
          expectTypeOf(job).toEqualTypeOf<ExtractDigitalWatermarkJob>()
          expectTypeOf(job.Operation.ExtractDigitalWatermark?.Message).toEqualTypeOf<string | undefined>()
          break
        case 'MediaInfo':
          expectTypeOf(job).toEqualTypeOf<MediaInfoJob>()
          expectTypeOf(job.Operation.MediaInfo?.Format?.Duration).toEqualTypeOf<number | undefined>()
          break
        case 'Tts':
          expectTypeOf(job).toEqualTypeOf<TtsJob>()
          expectTypeOf(job.Operation.Input?.CosHeaders).toEqualTypeOf<CosHeaders | undefined>()
          expectTypeOf(job.Operation.TtsTpl?.Speed).toEqualTypeOf<number | undefined>()
          break
        case 'NoiseReduction':
          expectTypeOf(job.Operation.NoiseReduction?.Samplerate).toEqualTypeOf<number | undefined>()
          break
        case 'DocProcess':
          expectTypeOf(job).toEqualTypeOf<DocProcessJob>()
          expectTypeOf(job.Operation.DocProcessResult?.PageInfo).toEqualTypeOf<Array<DocProcessPageInfo> | undefined>()
          expectTypeOf<DocProcessPageInfo['X-SheetPics']>().toEqualTypeOf<number | undefined>()
          break
        case 'FileCompress':
          expectTypeOf(job).toEqualTypeOf<FileCompressJob>()
          expectTypeOf(job.Operation.FileCompressResult?.CompressFileCount).toEqualTypeOf<number | undefined>()
          expectTypeOf(job.Operation.FileCompressConfig?.Key).toEqualTypeOf<Array<string> | undefined>()
          break
        case 'FileUncompress':
          expectTypeOf(job.Operation.FileUncompressResult?.FileCount).toEqualTypeOf<string | undefined>()
          break
        case 'FileHashCode':
          expectTypeOf(job).toEqualTypeOf<FileHashCodeJob>()
          expectTypeOf(job.Operation.FileHashCodeResult?.FileSize).toEqualTypeOf<number | undefined>()
          expectTypeOf(job.Operation.FileHashCodeConfig?.AddToHeader).toEqualTypeOf<boolean | undefined>()
          break
        case 'SplitVideoParts':
          expectTypeOf(job.Operation.SplitVideoInfoResult?.TimeInfo?.[0]?.PartBegin).toEqualTypeOf<string | undefined>()
          break
        case 'SegmentVideoBody':
          expectTypeOf(job.Operation.SegmentVideoBody?.Mode).toEqualTypeOf<string | undefined>()
          break
        case 'DocWatermark':
          expectTypeOf(job.Operation.DocWatermarkResult?.Size).toEqualTypeOf<number | undefined>()
          break
        case 'DocAIGCMetadata':
          expectTypeOf(job.Operation.DocAIGCMetadata?.AIGCMetadata?.Label).toEqualTypeOf<string | undefined>()
          break
      }
    }
    runOver(decodedJobs, check)
  })

  it("keeps one Tag's nodes off another Tag's operation", () => {
    const check = (job: SnapshotJob, tts: TtsJob): void => {
      // @ts-expect-error: TtsTpl belongs to Tts jobs
      expectTypeOf(job.Operation.TtsTpl).toBeUnknown()
      // @ts-expect-error: SpriteObject belongs to Snapshot jobs
      expectTypeOf(tts.Operation.Output?.SpriteObject).toBeUnknown()
    }
    const snapshot = decodedJobs.find((j): j is SnapshotJob => j.Tag === 'Snapshot')
    const tts = decodedJobs.find((j): j is TtsJob => j.Tag === 'Tts')
    if (snapshot === undefined || tts === undefined) throw new Error('no Snapshot or Tts sample')
    check(snapshot, tts)
  })
})

describe('job helpers: static types', () => {
  it('types the helpers’ results', () => {
    expectTypeOf(jobOutputs).returns.toEqualTypeOf<ReadonlyArray<JobOutput>>()
    expectTypeOf<JobOutput['md5']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<JobOutput['key']>().toEqualTypeOf<string>()
    expectTypeOf(jobFailure).returns.toEqualTypeOf<JobFailure | undefined>()
    expectTypeOf(cosHeaders).returns.toEqualTypeOf<CosHeaderLookup>()
    expectTypeOf<CosHeaderLookup['get']>().returns.toEqualTypeOf<string | undefined>()
  })
})
