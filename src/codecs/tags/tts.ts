import * as t from 'io-ts'
import { CosHeaders } from '../job/cos-headers'
import { NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.TtsTpl`: the voice settings of the text-to-speech job (request or template).
 *
 * @example
 * import { TtsTpl } from 'tencent-ci-callback/codecs'
 * TtsTpl.decode({ Codec: 'mp3', VoiceType: 'ruxue', Volume: '0', Speed: '100' })
 * // Right({ Codec: 'mp3', VoiceType: 'ruxue', Volume: 0, Speed: 100 })
 */
export const TtsTpl = partial(
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
/** The static type of the `TtsTpl` codec. */
export type TtsTpl = t.TypeOf<typeof TtsTpl>

/**
 * `Operation.TtsConfig`: what was read aloud.
 *
 * @example
 * import { TtsConfig } from 'tencent-ci-callback/codecs'
 * TtsConfig.is({ Input: "Hi, I'm Aixiaonan.", InputType: 'Text' }) // true
 */
export const TtsConfig = partial(
  {
    /** The text itself (`InputType` `Text`) or the URL of a text file (`Url`), exact text. */
    Input: t.string,
    /** How `Input` is to be read: `Text` or `Url` (text). */
    InputType: t.string,
  },
  'TtsConfig',
)
/** The static type of the `TtsConfig` codec. */
export type TtsConfig = t.TypeOf<typeof TtsConfig>

/**
 * `Operation.Input` of a Tts job. Tts jobs have no `JobsDetail.Input`; when a workflow started the job,
 * the headers of the triggering object are here instead (`cosHeaders(job)` finds them either way).
 *
 * @example
 * import { TtsOperationInput } from 'tencent-ci-callback/codecs'
 * TtsOperationInput.is({ CosHeaders: [{ Key: 'Size', Value: '265' }] }) // true
 */
export const TtsOperationInput = partial(
  {
    /** Headers of the triggering object, always a list: only on workflow-triggered jobs. */
    CosHeaders: CosHeaders,
  },
  'TtsOperationInput',
)
/** The static type of the `TtsOperationInput` codec. */
export type TtsOperationInput = t.TypeOf<typeof TtsOperationInput>

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
/**
 * The io-ts codec for `TtsOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { TtsOperation } from 'tencent-ci-callback/codecs'
 * TtsOperation.decode({ TtsConfig: { InputType: 'Text', Input: 'Hello' } }) // Right({ TtsConfig: { InputType: 'Text', Input: 'Hello' } })
 */
export const TtsOperation: t.Type<TtsOperation, TtsOperationWire, unknown> = TtsOperationC

const TtsJobC = defineJob('Tts', TtsOperation)

/**
 * A finished Tts (text to speech) job, as `JobsDetail` carries it.
 *
 * @example
 * import { TtsJob } from 'tencent-ci-callback/codecs'
 * // TtsJob.decode(tree) where tree is one normalised JobsDetail element
 */
export interface TtsJob extends t.TypeOf<typeof TtsJobC> {}
/** `TtsJob` as it is on the wire. */
export interface TtsJobWire extends t.OutputOf<typeof TtsJobC> {}
/**
 * The io-ts codec for `TtsJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { TtsJob } from 'tencent-ci-callback/codecs'
 * TtsJob.is(job) // true for a decoded Tts job
 */
export const TtsJob: JobCodec<'Tts', TtsJob, TtsJobWire> = TtsJobC
