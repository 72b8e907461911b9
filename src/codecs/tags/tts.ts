import * as t from 'io-ts'
import { CosHeaders } from '../job/cos-headers'
import { NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const TtsTplC = partial(
  {
    /** Processing mode: `Sync` or `Asyc` (sic, Tencent's spelling), text. */
    Mode: t.string,
    /** Audio format written: `mp3`, `wav` or `pcm` (text). */
    Codec: t.string,
    /** Voice name, e.g. `ruxue`, `aixiaonan` (text: Tencent adds voices). */
    VoiceType: t.string,
    /** Volume, -10 to 10 (0 is normal). */
    Volume: NumberFromWire,
    /** Speed, percent (50 to 200; 100 is normal). */
    Speed: NumberFromWire,
  },
  'TtsTpl',
)
/**
 * `Operation.TtsTpl`: the voice settings of the text-to-speech job (request or template).
 *
 * @example
 * import { TtsTpl } from 'tencent-ci-callback/codecs'
 * TtsTpl.decode({ Codec: 'mp3', VoiceType: 'ruxue', Volume: '0', Speed: '100' })
 * // Right({ Codec: 'mp3', VoiceType: 'ruxue', Volume: 0, Speed: 100 })
 */
export interface TtsTpl extends t.TypeOf<typeof TtsTplC> {}
/** `TtsTpl` as it is on the wire. */
export interface TtsTplWire extends t.OutputOf<typeof TtsTplC> {}
export const TtsTpl: t.Type<TtsTpl, TtsTplWire> = TtsTplC

const TtsConfigC = partial(
  {
    /** The text itself (`InputType` `Text`) or the URL of a text file (`Url`), exact text. */
    Input: t.string,
    /** How `Input` is to be read: `Text` or `Url` (text). */
    InputType: t.string,
  },
  'TtsConfig',
)
/**
 * `Operation.TtsConfig`: what was read aloud.
 *
 * @example
 * import { TtsConfig } from 'tencent-ci-callback/codecs'
 * TtsConfig.is({ Input: "Hi, I'm Aixiaonan.", InputType: 'Text' }) // true
 */
export interface TtsConfig extends t.TypeOf<typeof TtsConfigC> {}
/** `TtsConfig` as it is on the wire. */
export interface TtsConfigWire extends t.OutputOf<typeof TtsConfigC> {}
export const TtsConfig: t.Type<TtsConfig, TtsConfigWire> = TtsConfigC

const TtsOperationInputC = partial(
  {
    /** Headers of the triggering object, always a list: only on workflow-triggered jobs. */
    CosHeaders: CosHeaders,
  },
  'TtsOperationInput',
)
/**
 * `Operation.Input` of a Tts job. Tts jobs have no `JobsDetail.Input`; when a workflow started the job,
 * the headers of the triggering object are here instead (`cosHeaders(job)` finds them either way).
 *
 * @example
 * import { TtsOperationInput } from 'tencent-ci-callback/codecs'
 * TtsOperationInput.is({ CosHeaders: [{ Key: 'Size', Value: '265' }] }) // true
 */
export interface TtsOperationInput extends t.TypeOf<typeof TtsOperationInputC> {}
/** `TtsOperationInput` as it is on the wire. */
export interface TtsOperationInputWire extends t.OutputOf<typeof TtsOperationInputC> {}
export const TtsOperationInput: t.Type<TtsOperationInput, TtsOperationInputWire> = TtsOperationInputC

const TtsOperationC = jobOperation('TtsOperation', {
  /** Voice settings (absent when a template supplied them). */
  TtsTpl: TtsTpl,
  /** What was read aloud. */
  TtsConfig: TtsConfig,
  /** Workflow jobs only: the triggering object's headers (Tts has no `JobsDetail.Input`). */
  Input: TtsOperationInput,
})

/**
 * `Operation` of a Tts (text-to-speech) job: the shared nodes plus `TtsTpl`, `TtsConfig` and, for
 * workflow jobs, `Input.CosHeaders`. The audio written is `MediaResult.OutputFile`.
 *
 * @example
 * import { TtsOperation } from 'tencent-ci-callback/codecs'
 * TtsOperation.decode({ TtsConfig: { InputType: 'Text', Input: 'Hello' } }) // Right({ TtsConfig: { InputType: 'Text', Input: 'Hello' } })
 */
export interface TtsOperation extends t.TypeOf<typeof TtsOperationC> {}
/** `TtsOperation` as it is on the wire. */
export interface TtsOperationWire extends t.OutputOf<typeof TtsOperationC> {}
export const TtsOperation: t.Type<TtsOperation, TtsOperationWire> = TtsOperationC

/**
 * A finished Tts (text to speech) job, as `JobsDetail` carries it.
 *
 * @example
 * import { TtsJob } from 'tencent-ci-callback/codecs'
 * TtsJob.decode({ Tag: 'Tts', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'Tts', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface TtsJob extends Job<'Tts', TtsOperation> {}
/** `TtsJob` as it is on the wire. */
export interface TtsJobWire extends JobWire<'Tts', TtsOperationWire> {}
export const TtsJob: JobCodec<TtsJob, TtsJobWire> = defineJob('Tts', TtsOperation, {
  // Tts has no JobsDetail.Input: a workflow job carries the triggering object's headers here.
  cosHeaders: (job) => job.Operation.Input?.CosHeaders,
})
