import * as t from 'io-ts'
import { Output } from '../job/output'
import { IntegerFromWire, NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.VoiceSeparate.AudioConfig`: how the separated tracks were encoded.
 *
 * @example
 * import { VoiceSeparateAudioConfig } from 'tencent-ci-callback/codecs'
 * VoiceSeparateAudioConfig.decode({ Codec: 'mp3', Samplerate: '44100' }) // Right({ Codec: 'mp3', Samplerate: 44100 })
 */
export const VoiceSeparateAudioConfig = partial(
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
/** The static type of the `VoiceSeparateAudioConfig` codec. */
export type VoiceSeparateAudioConfig = t.TypeOf<typeof VoiceSeparateAudioConfig>

/**
 * `Operation.VoiceSeparate`: the voice/background separation parameters echoed from the request.
 *
 * @example
 * import { VoiceSeparate } from 'tencent-ci-callback/codecs'
 * VoiceSeparate.decode({ AudioMode: 'AudioAndBackground' }) // Right({ AudioMode: 'AudioAndBackground' })
 */
export const VoiceSeparate = partial(
  {
    /** What was written: `IsAudio` (voice only), `IsBackground` (background only) or `AudioAndBackground` (text). */
    AudioMode: t.string,
    /** Encoding of the tracks written. */
    AudioConfig: VoiceSeparateAudioConfig,
  },
  'VoiceSeparate',
)
/** The static type of the `VoiceSeparate` codec. */
export type VoiceSeparate = t.TypeOf<typeof VoiceSeparate>

/**
 * `Operation.Output` of a VoiceSeparate job: the shared `Output` (`Object` = the background track) plus
 * the voice track `AuObject` and, in the Go SDK, the `BassObject` and `DrumObject` stems.
 *
 * @example
 * import { VoiceSeparateOutput } from 'tencent-ci-callback/codecs'
 * VoiceSeparateOutput.is({ Object: 'output/background.mp3', AuObject: 'output/audio.mp3' }) // true
 */
export const VoiceSeparateOutput = partial(
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
/** The static type of the `VoiceSeparateOutput` codec. */
export type VoiceSeparateOutput = t.TypeOf<typeof VoiceSeparateOutput>

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
/**
 * The io-ts codec for `VoiceSeparateOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { VoiceSeparateOperation } from 'tencent-ci-callback/codecs'
 * VoiceSeparateOperation.decode({ VoiceSeparate: { AudioMode: 'IsAudio' } }) // Right({ VoiceSeparate: { AudioMode: 'IsAudio' } })
 */
export const VoiceSeparateOperation: t.Type<VoiceSeparateOperation, VoiceSeparateOperationWire, unknown> =
  VoiceSeparateOperationC

const VoiceSeparateJobC = defineJob('VoiceSeparate', VoiceSeparateOperation)

/**
 * A finished VoiceSeparate (voice / background separation) job, as `JobsDetail` carries it.
 *
 * @example
 * import { VoiceSeparateJob } from 'tencent-ci-callback/codecs'
 * // VoiceSeparateJob.decode(tree) where tree is one normalised JobsDetail element
 */
export interface VoiceSeparateJob extends t.TypeOf<typeof VoiceSeparateJobC> {}
/** `VoiceSeparateJob` as it is on the wire. */
export interface VoiceSeparateJobWire extends t.OutputOf<typeof VoiceSeparateJobC> {}
/**
 * The io-ts codec for `VoiceSeparateJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { VoiceSeparateJob } from 'tencent-ci-callback/codecs'
 * VoiceSeparateJob.is(job) // true for a decoded VoiceSeparate job
 */
export const VoiceSeparateJob: JobCodec<'VoiceSeparate', VoiceSeparateJob, VoiceSeparateJobWire> = VoiceSeparateJobC
