import * as t from 'io-ts'
import { Container } from '../nodes/container'
import { TimeInterval } from '../nodes/time-interval'
import { Video } from '../nodes/video'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.Animation`: the animated-image parameters echoed from the request.
 *
 * @example
 * import { Animation } from 'tencent-ci-callback/codecs'
 * Animation.decode({ Container: { Format: 'gif' }, Video: { AnimateFramesPerSecond: '5' } })
 * // Right({ Container: { Format: 'gif' }, Video: { AnimateFramesPerSecond: 5 } })
 */
export const Animation = partial(
  {
    /** Output format (`gif`, `webp`). */
    Container: Container,
    /** Frame selection and size (`Animate…` fields, `Quality`). */
    Video: Video,
    /** Part of the input used. */
    TimeInterval: TimeInterval,
  },
  'Animation',
)
/** The static type of the `Animation` codec. */
export type Animation = t.TypeOf<typeof Animation>

const AnimationOperationC = jobOperation('AnimationOperation', {
  /** The animation parameters (absent when a template supplied them). */
  Animation: Animation,
})

/**
 * `Operation` of a Animation job: the shared nodes plus `Animation`. The image written is
 * `MediaResult.OutputFile`.
 *
 * @example
 * import { AnimationOperation } from 'tencent-ci-callback/codecs'
 * AnimationOperation.decode({ Animation: { Container: { Format: 'gif' } } }) // Right({ Animation: { Container: { Format: 'gif' } } })
 */
export interface AnimationOperation extends t.TypeOf<typeof AnimationOperationC> {}
/** `AnimationOperation` as it is on the wire. */
export interface AnimationOperationWire extends t.OutputOf<typeof AnimationOperationC> {}
/**
 * The io-ts codec for `AnimationOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { AnimationOperation } from 'tencent-ci-callback/codecs'
 * AnimationOperation.decode({ Animation: { Container: { Format: 'gif' } } }) // Right({ Animation: { Container: { Format: 'gif' } } })
 */
export const AnimationOperation: t.Type<AnimationOperation, AnimationOperationWire, unknown> = AnimationOperationC

const AnimationJobC = defineJob('Animation', AnimationOperation)

/**
 * A finished Animation (video to animated image) job, as `JobsDetail` carries it.
 *
 * @example
 * import { parseCallback } from 'tencent-ci-callback'
 * // const job = callback.JobsDetail[0]; if (job.Tag === 'Animation') job.Operation // AnimationOperation
 */
export interface AnimationJob extends t.TypeOf<typeof AnimationJobC> {}
/** `AnimationJob` as it is on the wire. */
export interface AnimationJobWire extends t.OutputOf<typeof AnimationJobC> {}
/**
 * The io-ts codec for `AnimationJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { AnimationJob } from 'tencent-ci-callback/codecs'
 * AnimationJob.is(job) // true for a decoded Animation job
 */
export const AnimationJob: JobCodec<'Animation', AnimationJob, AnimationJobWire> = AnimationJobC
