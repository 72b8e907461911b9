import * as t from 'io-ts'
import { SpeechRecognitionResult } from '../nodes/speech-recognition-result'
import { BooleanFromWire, IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.SpeechRecognition`: the recognition parameters echoed from the request. Mode
 * switches documented as `0`/`1`/`2` codes stay text, with their values in each comment.
 *
 * @example
 * import { SpeechRecognition } from 'tencent-ci-callback/codecs'
 * SpeechRecognition.decode({ EngineModelType: '16k_zh', ChannelNum: '1', FlashAsr: 'true' })
 * // Right({ EngineModelType: '16k_zh', ChannelNum: 1, FlashAsr: true })
 */
export const SpeechRecognition = partial(
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
/** The static type of the `SpeechRecognition` codec. */
export type SpeechRecognition = t.TypeOf<typeof SpeechRecognition>

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
/**
 * The io-ts codec for `SpeechRecognitionOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SpeechRecognitionOperation } from 'tencent-ci-callback/codecs'
 * SpeechRecognitionOperation.decode({ SpeechRecognitionResult: { AudioTime: '19.7124' } })
 */
export const SpeechRecognitionOperation: t.Type<SpeechRecognitionOperation, SpeechRecognitionOperationWire, unknown> =
  SpeechRecognitionOperationC

const SpeechRecognitionJobC = defineJob('SpeechRecognition', SpeechRecognitionOperation)

/**
 * A finished SpeechRecognition (speech-to-text) job.
 *
 * @example
 * import { SpeechRecognitionJob } from 'tencent-ci-callback'
 * // job.Tag === 'SpeechRecognition': job.Operation.SpeechRecognitionResult?.Result
 */
export interface SpeechRecognitionJob extends t.TypeOf<typeof SpeechRecognitionJobC> {}
/** `SpeechRecognitionJob` as it is on the wire. */
export interface SpeechRecognitionJobWire extends t.OutputOf<typeof SpeechRecognitionJobC> {}
/**
 * The io-ts codec for `SpeechRecognitionJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SpeechRecognitionJob } from 'tencent-ci-callback/codecs'
 * SpeechRecognitionJob.is(job) // true for a decoded SpeechRecognition job
 */
export const SpeechRecognitionJob: JobCodec<'SpeechRecognition', SpeechRecognitionJob, SpeechRecognitionJobWire> =
  SpeechRecognitionJobC
