import * as t from 'io-ts'
import { IntegerFromWire } from '../kit/scalars'
import { echoedOutput } from '../../job-helpers/job-output'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const NoiseReductionC = partial(
  {
    /** Output audio format: `wav`, `mp3`, `pcm`… (text). */
    Format: t.string,
    /** Output sample rate, Hz (`8000`, `16000`, `44100`, `48000`…). */
    Samplerate: IntegerFromWire,
  },
  'NoiseReduction',
)
/**
 * `Operation.NoiseReduction`: the denoising parameters echoed from the request (Go SDK field list;
 * Tencent's callback sample omits the node).
 *
 * @example
 * import { NoiseReduction } from 'tencent-ci-callback/codecs'
 * NoiseReduction.decode({ Format: 'wav', Samplerate: '16000' }) // Right({ Format: 'wav', Samplerate: 16000 })
 */
export interface NoiseReduction extends t.TypeOf<typeof NoiseReductionC> {}
/** `NoiseReduction` as it is on the wire. */
export interface NoiseReductionWire extends t.OutputOf<typeof NoiseReductionC> {}
export const NoiseReduction: t.Type<NoiseReduction, NoiseReductionWire> = NoiseReductionC

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
export const NoiseReductionOperation: t.Type<NoiseReductionOperation, NoiseReductionOperationWire> =
  NoiseReductionOperationC

/**
 * A finished NoiseReduction (audio denoising) job, as `JobsDetail` carries it.
 *
 * @example
 * import { NoiseReductionJob } from 'tencent-ci-callback/codecs'
 * NoiseReductionJob.decode({ Tag: 'NoiseReduction', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'NoiseReduction', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface NoiseReductionJob extends Job<'NoiseReduction', NoiseReductionOperation> {}
/** `NoiseReductionJob` as it is on the wire. */
export interface NoiseReductionJobWire extends JobWire<'NoiseReduction', NoiseReductionOperationWire> {}
export const NoiseReductionJob: JobCodec<NoiseReductionJob, NoiseReductionJobWire> = defineJob(
  'NoiseReduction',
  NoiseReductionOperation,
  {
    outputs: echoedOutput,
  },
)
