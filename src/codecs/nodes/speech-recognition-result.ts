import * as t from 'io-ts'
import { IntegerFromWire, NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const FlashWordC = partial(
  {
    /** The word. */
    word: t.string,
    /** Start, milliseconds from the start of the sentence. */
    start_time: IntegerFromWire,
    /** End, milliseconds from the start of the sentence. */
    end_time: IntegerFromWire,
  },
  'FlashWord',
)
/**
 * One word of a flash-recognition sentence (`sentence_list[i].word_list[j]`). The snake_case
 * names are Tencent's own wire names, kept as sent.
 *
 * @example
 * import { FlashWord } from 'tencent-ci-callback/codecs'
 * FlashWord.decode({ word: 'hello', start_time: '0', end_time: '480' }) // Right({ word: 'hello', start_time: 0, end_time: 480 })
 */
export interface FlashWord extends t.TypeOf<typeof FlashWordC> {}
/** `FlashWord` as it is on the wire. */
export interface FlashWordWire extends t.OutputOf<typeof FlashWordC> {}
export const FlashWord: t.Type<FlashWord, FlashWordWire, unknown> = FlashWordC

const FlashSentenceC = partial(
  {
    /** The sentence. */
    text: t.string,
    /** Start, milliseconds into the audio. */
    start_time: IntegerFromWire,
    /** End, milliseconds into the audio. */
    end_time: IntegerFromWire,
    /** Speaker ID, text (`0`, `1`…; when speaker diarisation was asked for). */
    speaker_id: t.string,
    /** The words, with timings (when word info was asked for); always a list. */
    word_list: t.array(FlashWord),
  },
  'FlashSentence',
)
/**
 * One sentence of a flash-recognition channel (`FlashResult[i].sentence_list[j]`, snake_case on the wire).
 *
 * @example
 * import { FlashSentence } from 'tencent-ci-callback/codecs'
 * FlashSentence.decode({ text: 'hello', start_time: '0', end_time: '980', speaker_id: '0' })
 */
export interface FlashSentence extends t.TypeOf<typeof FlashSentenceC> {}
/** `FlashSentence` as it is on the wire. */
export interface FlashSentenceWire extends t.OutputOf<typeof FlashSentenceC> {}
export const FlashSentence: t.Type<FlashSentence, FlashSentenceWire, unknown> = FlashSentenceC

const FlashResultC = partial(
  {
    /** Audio channel, from 0. */
    channel_id: IntegerFromWire,
    /** The whole channel's text. */
    text: t.string,
    /** The sentences; always a list. */
    sentence_list: t.array(FlashSentence),
  },
  'FlashResult',
)
/**
 * The flash (fast) recognition result of one audio channel (`FlashResult[i]`, snake_case on the wire).
 *
 * @example
 * import { FlashResult } from 'tencent-ci-callback/codecs'
 * FlashResult.decode({ channel_id: '0', text: 'hello', sentence_list: [{ text: 'hello' }] })
 */
export interface FlashResult extends t.TypeOf<typeof FlashResultC> {}
/** `FlashResult` as it is on the wire. */
export interface FlashResultWire extends t.OutputOf<typeof FlashResultC> {}
export const FlashResult: t.Type<FlashResult, FlashResultWire, unknown> = FlashResultC

const RecognisedWordC = partial(
  {
    /** The word (or punctuation mark). */
    Word: t.string,
    /** Start, milliseconds from the start of the sentence. */
    OffsetStartMs: IntegerFromWire,
    /** End, milliseconds from the start of the sentence. */
    OffsetEndMs: IntegerFromWire,
    /** Kind of token as sent: `0` a spoken word, `1` punctuation in Tencent's sample. */
    VoiceType: t.string,
  },
  'RecognisedWord',
)
/**
 * One word of a recognised sentence (`ResultDetail[i].Words[j]`).
 *
 * @example
 * import { RecognisedWord } from 'tencent-ci-callback/codecs'
 * RecognisedWord.decode({ Word: '悯', OffsetStartMs: '0', OffsetEndMs: '2190', VoiceType: '0' })
 */
export interface RecognisedWord extends t.TypeOf<typeof RecognisedWordC> {}
/** `RecognisedWord` as it is on the wire. */
export interface RecognisedWordWire extends t.OutputOf<typeof RecognisedWordC> {}
export const RecognisedWord: t.Type<RecognisedWord, RecognisedWordWire, unknown> = RecognisedWordC

const ResultDetailC = partial(
  {
    /** The sentence. */
    FinalSentence: t.string,
    /** The sentence split into words by spaces. */
    SliceSentence: t.string,
    /** Start, milliseconds into the audio. */
    StartMs: IntegerFromWire,
    /** End, milliseconds into the audio. */
    EndMs: IntegerFromWire,
    /** Number of words. */
    WordsNum: IntegerFromWire,
    /** Speaking rate, words per second. */
    SpeechSpeed: NumberFromWire,
    /** Speaker ID, text (`0`, `1`…). */
    SpeakerId: t.string,
    /** The words, with timings; always a list. */
    Words: t.array(RecognisedWord),
  },
  'ResultDetail',
)
/**
 * One recognised sentence with its timing (`ResultDetail[i]`).
 *
 * @example
 * import { ResultDetail } from 'tencent-ci-callback/codecs'
 * ResultDetail.decode({ FinalSentence: '悯农', StartMs: '3320', EndMs: '19712', WordsNum: '22', SpeechSpeed: '2.4' })
 */
export interface ResultDetail extends t.TypeOf<typeof ResultDetailC> {}
/** `ResultDetail` as it is on the wire. */
export interface ResultDetailWire extends t.OutputOf<typeof ResultDetailC> {}
export const ResultDetail: t.Type<ResultDetail, ResultDetailWire, unknown> = ResultDetailC

const SpeechRecognitionResultC = partial(
  {
    /** Length of the audio, seconds. */
    AudioTime: NumberFromWire,
    /** The transcript, as sent (one item per `<Result>`; the Go SDK models several); always a list. */
    Result: t.array(t.string),
    /** Key of the transcript file written to COS (may begin with `/`). */
    ObjectName: t.string,
    /** Key of the detailed-result file written to COS. */
    DetailObjectName: t.string,
    /** Flash-recognition results, one per channel (snake_case fields); always a list. */
    FlashResult: t.array(FlashResult),
    /** Sentences with timings; always a list. */
    ResultDetail: t.array(ResultDetail),
  },
  'SpeechRecognitionResult',
)
/**
 * `Operation.SpeechRecognitionResult`: the transcript, where it was written, and the details.
 * `Result` stays text as sent (it starts with a time span such as `[0:3.320,0:19.712]`).
 *
 * @example
 * import { SpeechRecognitionResult } from 'tencent-ci-callback/codecs'
 * SpeechRecognitionResult.decode({ AudioTime: '19.7124', Result: ['[0:3.320,0:19.712]  悯农'] })
 * // Right({ AudioTime: 19.7124, Result: ['[0:3.320,0:19.712]  悯农'] })
 */
export interface SpeechRecognitionResult extends t.TypeOf<typeof SpeechRecognitionResultC> {}
/** `SpeechRecognitionResult` as it is on the wire. */
export interface SpeechRecognitionResultWire extends t.OutputOf<typeof SpeechRecognitionResultC> {}
export const SpeechRecognitionResult: t.Type<SpeechRecognitionResult, SpeechRecognitionResultWire, unknown> =
  SpeechRecognitionResultC
