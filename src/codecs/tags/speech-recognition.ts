import * as t from 'io-ts'
import { SpeechRecognitionResult } from '../nodes/speech-recognition-result'
import { BooleanFromWire, IntegerFromWire } from '../kit/scalars'
import { outputAt } from '../../job-helpers/job-output'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const SpeechRecognitionC = partial(
  {
    /** Engine model, e.g. `16k_zh`, `8k_zh`, `16k_en`. */
    EngineModelType: t.string,
    /** Number of audio channels: `1` or `2`. */
    ChannelNum: IntegerFromWire,
    /** Result detail level, code as sent: `0` (sentences) to `3`. */
    ResTextFormat: t.string,
    /** Profanity filter, code as sent: `0` keep, `1` filter, `2` replace with `*`. */
    FilterDirty: t.string,
    /** Modal-particle filter, code as sent: `0` keep, `1` partly, `2` strictly. */
    FilterModal: t.string,
    /** Number conversion, code as sent: `0` none, `1` smart. */
    ConvertNumMode: t.string,
    /** Speaker diarisation, code as sent: `0` off, `1` on. */
    SpeakerDiarization: t.string,
    /** Number of speakers to separate (`0` to detect). */
    SpeakerNumber: IntegerFromWire,
    /** Punctuation filter, code as sent: `0` keep, `1` drop the final one, `2` drop all. */
    FilterPunc: t.string,
    /** Transcript file format, e.g. `txt`, `srt`. */
    OutputFileType: t.string,
    /** Whether flash (fast) recognition was used: its results are in `FlashResult`. */
    FlashAsr: BooleanFromWire,
    /** Audio format for flash recognition, e.g. `mp3`. */
    Format: t.string,
    /** Flash recognition of the first channel only, code as sent: `0` or `1`. */
    FirstChannelOnly: t.string,
    /** Word-level timings in flash results, code as sent: `0`, `1` or `2`. */
    WordInfo: t.string,
    /** Maximum characters per sentence (`0`: no limit). */
    SentenceMaxLength: IntegerFromWire,
  },
  'SpeechRecognition',
)
/**
 * `Operation.SpeechRecognition`: the recognition parameters echoed from the request. Mode
 * switches documented as `0`/`1`/`2` codes stay text, with their values in each comment.
 *
 * @example
 * import { SpeechRecognition } from 'tencent-ci-callback/codecs'
 * SpeechRecognition.decode({ EngineModelType: '16k_zh', ChannelNum: '1', FlashAsr: 'true' })
 * // Right({ EngineModelType: '16k_zh', ChannelNum: 1, FlashAsr: true })
 */
export interface SpeechRecognition extends t.TypeOf<typeof SpeechRecognitionC> {}
/** `SpeechRecognition` as it is on the wire. */
export interface SpeechRecognitionWire extends t.OutputOf<typeof SpeechRecognitionC> {}
export const SpeechRecognition: t.Type<SpeechRecognition, SpeechRecognitionWire> = SpeechRecognitionC

const SpeechRecognitionOperationC = jobOperation('SpeechRecognitionOperation', {
  /** The recognition parameters (absent when a template supplied them). */
  SpeechRecognition: SpeechRecognition,
  /** The transcript and its details. */
  SpeechRecognitionResult: SpeechRecognitionResult,
})

/**
 * `Operation` of a SpeechRecognition job: the shared nodes plus `SpeechRecognition` and
 * `SpeechRecognitionResult`.
 *
 * @example
 * import { SpeechRecognitionOperation } from 'tencent-ci-callback/codecs'
 * SpeechRecognitionOperation.decode({ SpeechRecognitionResult: { AudioTime: '19.7124' } })
 */
export interface SpeechRecognitionOperation extends t.TypeOf<typeof SpeechRecognitionOperationC> {}
/** `SpeechRecognitionOperation` as it is on the wire. */
export interface SpeechRecognitionOperationWire extends t.OutputOf<typeof SpeechRecognitionOperationC> {}
export const SpeechRecognitionOperation: t.Type<SpeechRecognitionOperation, SpeechRecognitionOperationWire> =
  SpeechRecognitionOperationC

/**
 * A finished SpeechRecognition (speech-to-text) job.
 *
 * @example
 * import { SpeechRecognitionJob } from 'tencent-ci-callback/codecs'
 * SpeechRecognitionJob.decode({ Tag: 'SpeechRecognition', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'SpeechRecognition', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface SpeechRecognitionJob extends Job<'SpeechRecognition', SpeechRecognitionOperation> {}
/** `SpeechRecognitionJob` as it is on the wire. */
export interface SpeechRecognitionJobWire extends JobWire<'SpeechRecognition', SpeechRecognitionOperationWire> {}
export const SpeechRecognitionJob: JobCodec<SpeechRecognitionJob, SpeechRecognitionJobWire> = defineJob(
  'SpeechRecognition',
  SpeechRecognitionOperation,
  {
    resultNode: 'SpeechRecognitionResult',
    // The transcript files, in the Output bucket.
    outputs: ({ Operation: { Output, SpeechRecognitionResult: result } }) =>
      [result?.ObjectName, result?.DetailObjectName].flatMap((key) => outputAt(Output, undefined, key)),
  },
)
