import { expectTypeOf } from 'expect-type'
import type { DnaJob } from '../../../src/codecs/tags/dna'
import type { ImageInspectJob } from '../../../src/codecs/tags/image-inspect'
import type { ImageOCRJob } from '../../../src/codecs/tags/image-ocr'
import type { PicProcessJob } from '../../../src/codecs/tags/pic-process'
import type { PosterProductionJob } from '../../../src/codecs/tags/poster-production'
import type { QualityEstimateJob } from '../../../src/codecs/tags/quality-estimate'
import type { SoundHoundJob } from '../../../src/codecs/tags/sound-hound'
import type { SpeechRecognitionJob } from '../../../src/codecs/tags/speech-recognition'
import type { TranslationJob } from '../../../src/codecs/tags/translation'
import type { VideoTagJob } from '../../../src/codecs/tags/video-tag'
import type { VideoTargetRecJob } from '../../../src/codecs/tags/video-target-rec'
import type { VocalScoreJob } from '../../../src/codecs/tags/vocal-score'
import type { WordsGeneralizeJob } from '../../../src/codecs/tags/words-generalize'
import type { JobsDetail } from '../../../src/codecs/job/jobs-detail'
import type { PicProcessFlatResult, PicProcessUploadResult } from '../../../src/codecs/nodes/pic-process-result'
import { decodedJobs, runOver } from '../../support/decoded'

// Checked by `tsc --noEmit` (npm test runs it first); at run time these are no-ops.

describe('AI / recognition Tags: static types', () => {
  it('narrows JobsDetail to each Tag’s job by Tag', () => {
    const check = (j: JobsDetail): void => {
      switch (j.Tag) {
        case 'VideoTag':
          expectTypeOf(j).toEqualTypeOf<VideoTagJob>()
          break
        case 'QualityEstimate':
          expectTypeOf(j).toEqualTypeOf<QualityEstimateJob>()
          break
        case 'SpeechRecognition':
          expectTypeOf(j).toEqualTypeOf<SpeechRecognitionJob>()
          break
        case 'Translation':
          expectTypeOf(j).toEqualTypeOf<TranslationJob>()
          break
        case 'WordsGeneralize':
          expectTypeOf(j).toEqualTypeOf<WordsGeneralizeJob>()
          break
        case 'PicProcess':
          expectTypeOf(j).toEqualTypeOf<PicProcessJob>()
          break
        case 'ImageInspect':
          expectTypeOf(j).toEqualTypeOf<ImageInspectJob>()
          break
        case 'ImageOCR':
          expectTypeOf(j).toEqualTypeOf<ImageOCRJob>()
          break
        case 'VideoTargetRec':
          expectTypeOf(j).toEqualTypeOf<VideoTargetRecJob>()
          break
        case 'SoundHound':
          expectTypeOf(j).toEqualTypeOf<SoundHoundJob>()
          break
        case 'VocalScore':
          expectTypeOf(j).toEqualTypeOf<VocalScoreJob>()
          break
        case 'DNA':
          expectTypeOf(j).toEqualTypeOf<DnaJob>()
          break
        case 'PosterProduction':
          expectTypeOf(j).toEqualTypeOf<PosterProductionJob>()
          break
      }
    }
    runOver(decodedJobs, check)
  })

  it('types the odd nodes after narrowing: numbers, booleans, arrays, snake_case and misspelt names', () => {
    const check = (j: JobsDetail): void => {
      if (j.Tag === 'SpeechRecognition') {
        const r = j.Operation.SpeechRecognitionResult
        expectTypeOf(r?.AudioTime).toEqualTypeOf<number | undefined>()
        expectTypeOf(r?.Result).toEqualTypeOf<Array<string> | undefined>()
        const sentence = r?.FlashResult?.[0]?.sentence_list?.[0]
        expectTypeOf(sentence?.start_time).toEqualTypeOf<number | undefined>()
        expectTypeOf(sentence?.speaker_id).toEqualTypeOf<string | undefined>()
        expectTypeOf(sentence?.word_list?.[0]?.word).toEqualTypeOf<string | undefined>()
        expectTypeOf(j.Operation.SpeechRecognition?.FlashAsr).toEqualTypeOf<boolean | undefined>()
        // @ts-expect-error: the wire name is snake_case; there is no camelCase alias
        void r?.FlashResult?.[0]?.sentenceList
      }
      if (j.Tag === 'WordsGeneralize') {
        const lable = j.Operation.WordsGeneralizeResult?.WordsGeneralizeLable
        expectTypeOf(lable).toEqualTypeOf<Array<{ Category?: string; Word?: string }> | undefined>()
        expectTypeOf(j.Operation.WordsGeneralizeResult?.WordsGeneralizeToken?.[0]?.Offset).toEqualTypeOf<
          number | undefined
        >()
        // @ts-expect-error: Tencent spells it "Lable"
        void j.Operation.WordsGeneralizeResult?.WordsGeneralizeLabel
      }
      if (j.Tag === 'VideoTag') {
        const data = j.Operation.VideoTagResult?.StreamData?.Data
        expectTypeOf(data?.Tags?.[0]?.Confidence).toEqualTypeOf<number | undefined>()
        expectTypeOf(data?.PlaceTags?.[0]?.ClipFrameResult).toEqualTypeOf<Array<string> | undefined>()
        expectTypeOf(data?.ObjectTags?.[0]?.Objects?.[0]?.BBox?.[0]?.X1).toEqualTypeOf<number | undefined>()
      }
      if (j.Tag === 'QualityEstimate') {
        expectTypeOf(j.Operation.QualityEstimate?.Score).toEqualTypeOf<number | undefined>()
        expectTypeOf(j.Operation.QualityEstimate?.VqaPlusResult?.NoAudio).toEqualTypeOf<boolean | undefined>()
      }
      if (j.Tag === 'PicProcess') {
        const r = j.Operation.PicProcessResult
        expectTypeOf(r).toEqualTypeOf<PicProcessUploadResult | PicProcessFlatResult | undefined>()
        if (r !== undefined && r.UploadResult !== undefined) {
          expectTypeOf(r).toEqualTypeOf<PicProcessUploadResult>()
          expectTypeOf(r.UploadResult.ProcessResults?.Object?.[0]?.Width).toEqualTypeOf<number | undefined>()
        } else if (r !== undefined) {
          expectTypeOf(r).toEqualTypeOf<PicProcessFlatResult>()
          expectTypeOf(r.OriginalInfo?.Etag).toEqualTypeOf<string | undefined>()
        }
      }
      if (j.Tag === 'ImageOCR') {
        expectTypeOf(j.Operation.Detection?.Angel).toEqualTypeOf<number | undefined>()
        expectTypeOf(j.Operation.ImageOCR?.IsPdf).toEqualTypeOf<boolean | undefined>()
      }
      if (j.Tag === 'ImageInspect') {
        expectTypeOf(j.Operation.ImageInspectResult?.ProcessResult?.Suspicious).toEqualTypeOf<boolean | undefined>()
      }
      if (j.Tag === 'VocalScore') {
        expectTypeOf(j.Operation.VocalScoreResult?.RhythemScore?.TotalScore).toEqualTypeOf<number | undefined>()
      }
      if (j.Tag === 'DNA') {
        expectTypeOf(j.Operation.DnaResult?.Detection?.[0]?.MatchDetail?.[0]?.MatchStartTime).toEqualTypeOf<
          number | undefined
        >()
      }
      if (j.Tag === 'VideoTargetRec') {
        expectTypeOf(j.Operation.VideoTargetRecResult?.PetRecognition?.[0]?.PetInfo?.[0]?.Score).toEqualTypeOf<
          number | undefined
        >()
      }
      if (j.Tag === 'SoundHound') {
        expectTypeOf(j.Operation.SoundHoundResult?.SongList?.[0]?.Inlier).toEqualTypeOf<number | undefined>()
      }
      if (j.Tag === 'Translation') {
        expectTypeOf(j.Operation.Translation?.Lang).toEqualTypeOf<string | undefined>()
        expectTypeOf(j.CreationTime).toEqualTypeOf<Date>()
      }
      if (j.Tag === 'PosterProduction') {
        expectTypeOf(j.Operation.PosterProduction?.Info).toEqualTypeOf<unknown>()
      }
    }
    runOver(decodedJobs, check)
  })
})
