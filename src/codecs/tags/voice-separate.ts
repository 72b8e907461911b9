import * as t from 'io-ts'
import { Output } from '../job/output'
import { IntegerFromWire, NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const VoiceSeparateAudioConfigC = partial(
  {
    /** Audio codec: `aac`, `mp3`, `flac`, `amr`… (text). */
    Codec: t.string,
    /** Sample rate, Hz. */
    Samplerate: IntegerFromWire,
    /** Bitrate, Kbps. */
    Bitrate: NumberFromWire,
    /** Number of channels. */
    Channels: IntegerFromWire,
  },
  'VoiceSeparateAudioConfig',
)
/**
 * `Operation.VoiceSeparate.AudioConfig`: how the separated tracks were encoded.
 *
 * @example
 * import { VoiceSeparateAudioConfig } from 'tencent-ci-callback/codecs'
 * VoiceSeparateAudioConfig.decode({ Codec: 'mp3', Samplerate: '44100' }) // Right({ Codec: 'mp3', Samplerate: 44100 })
 */
export interface VoiceSeparateAudioConfig extends t.TypeOf<typeof VoiceSeparateAudioConfigC> {}
/** `VoiceSeparateAudioConfig` as it is on the wire. */
export interface VoiceSeparateAudioConfigWire extends t.OutputOf<typeof VoiceSeparateAudioConfigC> {}
export const VoiceSeparateAudioConfig: t.Type<VoiceSeparateAudioConfig, VoiceSeparateAudioConfigWire> =
  VoiceSeparateAudioConfigC

const VoiceSeparateC = partial(
  {
    /** What was written: `IsAudio` (voice only), `IsBackground` (background only) or `AudioAndBackground` (text). */
    AudioMode: t.string,
    /** Encoding of the tracks written. */
    AudioConfig: VoiceSeparateAudioConfig,
  },
  'VoiceSeparate',
)
/**
 * `Operation.VoiceSeparate`: the voice/background separation parameters echoed from the request.
 *
 * @example
 * import { VoiceSeparate } from 'tencent-ci-callback/codecs'
 * VoiceSeparate.decode({ AudioMode: 'AudioAndBackground' }) // Right({ AudioMode: 'AudioAndBackground' })
 */
export interface VoiceSeparate extends t.TypeOf<typeof VoiceSeparateC> {}
/** `VoiceSeparate` as it is on the wire. */
export interface VoiceSeparateWire extends t.OutputOf<typeof VoiceSeparateC> {}
export const VoiceSeparate: t.Type<VoiceSeparate, VoiceSeparateWire> = VoiceSeparateC

const VoiceSeparateOutputC = partial(
  {
    ...Output.optional,
    /** Key of the voice (vocals) track. */
    AuObject: t.string,
    /** Key of the bass stem (Go SDK only; no published callback shows it). */
    BassObject: t.string,
    /** Key of the drum stem (Go SDK only; no published callback shows it). */
    DrumObject: t.string,
  },
  'VoiceSeparateOutput',
)
/**
 * `Operation.Output` of a VoiceSeparate job: the shared `Output` (`Object` = the background track) plus
 * the voice track `AuObject` and, in the Go SDK, the `BassObject` and `DrumObject` stems.
 *
 * @example
 * import { VoiceSeparateOutput } from 'tencent-ci-callback/codecs'
 * VoiceSeparateOutput.is({ Object: 'output/background.mp3', AuObject: 'output/audio.mp3' }) // true
 */
export interface VoiceSeparateOutput extends t.TypeOf<typeof VoiceSeparateOutputC> {}
/** `VoiceSeparateOutput` as it is on the wire. */
export interface VoiceSeparateOutputWire extends t.OutputOf<typeof VoiceSeparateOutputC> {}
export const VoiceSeparateOutput: t.Type<VoiceSeparateOutput, VoiceSeparateOutputWire> = VoiceSeparateOutputC

const VoiceSeparateOperationC = jobOperation('VoiceSeparateOperation', {
  /** The separation parameters (absent when a template supplied them). */
  VoiceSeparate: VoiceSeparate,
  /** Where the tracks were to be written. */
  Output: VoiceSeparateOutput,
})

/**
 * `Operation` of a VoiceSeparate job: the shared nodes plus `VoiceSeparate` and the track keys in
 * `Output`. The tracks written (two in Tencent's sample) are `MediaResult.OutputFile`, and
 * `MediaInfo.Stream.Audio` describes each of them.
 *
 * @example
 * import { VoiceSeparateOperation } from 'tencent-ci-callback/codecs'
 * VoiceSeparateOperation.decode({ VoiceSeparate: { AudioMode: 'IsAudio' } }) // Right({ VoiceSeparate: { AudioMode: 'IsAudio' } })
 */
export interface VoiceSeparateOperation extends t.TypeOf<typeof VoiceSeparateOperationC> {}
/** `VoiceSeparateOperation` as it is on the wire. */
export interface VoiceSeparateOperationWire extends t.OutputOf<typeof VoiceSeparateOperationC> {}
export const VoiceSeparateOperation: t.Type<VoiceSeparateOperation, VoiceSeparateOperationWire> =
  VoiceSeparateOperationC

/**
 * A finished VoiceSeparate (voice / background separation) job, as `JobsDetail` carries it.
 *
 * @example
 * import { VoiceSeparateJob } from 'tencent-ci-callback/codecs'
 * VoiceSeparateJob.decode({ Tag: 'VoiceSeparate', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'VoiceSeparate', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface VoiceSeparateJob extends Job<'VoiceSeparate', VoiceSeparateOperation> {}
/** `VoiceSeparateJob` as it is on the wire. */
export interface VoiceSeparateJobWire extends JobWire<'VoiceSeparate', VoiceSeparateOperationWire> {}
export const VoiceSeparateJob: JobCodec<VoiceSeparateJob, VoiceSeparateJobWire> = defineJob(
  'VoiceSeparate',
  VoiceSeparateOperation,
)
