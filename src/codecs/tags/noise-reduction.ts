import * as t from 'io-ts'
import { IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.NoiseReduction`: the denoising parameters echoed from the request (Go SDK field list;
 * Tencent's callback sample omits the node).
 *
 * @example
 * import { NoiseReduction } from 'tencent-ci-callback/codecs'
 * NoiseReduction.decode({ Format: 'wav', Samplerate: '16000' }) // Right({ Format: 'wav', Samplerate: 16000 })
 */
export const NoiseReduction = partial(
  {
    /** Output audio format: `wav`, `mp3`, `pcm`… (text). */
    Format: t.string,
    /** Output sample rate, Hz (`8000`, `16000`, `44100`, `48000`…). */
    Samplerate: IntegerFromWire,
  },
  'NoiseReduction',
)
/** The static type of the `NoiseReduction` codec. */
export type NoiseReduction = t.TypeOf<typeof NoiseReduction>

const NoiseReductionOperationC = jobOperation('NoiseReductionOperation', {
  /** The denoising parameters, when sent. */
  NoiseReduction: NoiseReduction,
})

/**
 * `Operation` of a NoiseReduction job: the shared nodes plus `NoiseReduction`. Tencent's sample has no
 * `MediaResult`: the denoised audio is at `Output.Object`.
 *
 * @example
 * import { NoiseReductionOperation } from 'tencent-ci-callback/codecs'
 * NoiseReductionOperation.decode({ NoiseReduction: { Samplerate: '16000' } }) // Right({ NoiseReduction: { Samplerate: 16000 } })
 */
export interface NoiseReductionOperation extends t.TypeOf<typeof NoiseReductionOperationC> {}
/** `NoiseReductionOperation` as it is on the wire. */
export interface NoiseReductionOperationWire extends t.OutputOf<typeof NoiseReductionOperationC> {}
/**
 * The io-ts codec for `NoiseReductionOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { NoiseReductionOperation } from 'tencent-ci-callback/codecs'
 * NoiseReductionOperation.decode({ NoiseReduction: { Samplerate: '16000' } }) // Right({ NoiseReduction: { Samplerate: 16000 } })
 */
export const NoiseReductionOperation: t.Type<NoiseReductionOperation, NoiseReductionOperationWire, unknown> =
  NoiseReductionOperationC

const NoiseReductionJobC = defineJob('NoiseReduction', NoiseReductionOperation)

/**
 * A finished NoiseReduction (audio denoising) job, as `JobsDetail` carries it.
 *
 * @example
 * import { NoiseReductionJob } from 'tencent-ci-callback/codecs'
 * // NoiseReductionJob.decode(tree) where tree is one normalised JobsDetail element
 */
export interface NoiseReductionJob extends t.TypeOf<typeof NoiseReductionJobC> {}
/** `NoiseReductionJob` as it is on the wire. */
export interface NoiseReductionJobWire extends t.OutputOf<typeof NoiseReductionJobC> {}
/**
 * The io-ts codec for `NoiseReductionJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { NoiseReductionJob } from 'tencent-ci-callback/codecs'
 * NoiseReductionJob.is(job) // true for a decoded NoiseReduction job
 */
export const NoiseReductionJob: JobCodec<'NoiseReduction', NoiseReductionJob, NoiseReductionJobWire> =
  NoiseReductionJobC
