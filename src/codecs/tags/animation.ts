import * as t from 'io-ts'
import { Container } from '../nodes/container'
import { TimeInterval } from '../nodes/time-interval'
import { Video } from '../nodes/video'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const AnimationC = partial(
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
/**
 * `Operation.Animation`: the animated-image parameters echoed from the request.
 *
 * @example
 * import { Animation } from 'tencent-ci-callback/codecs'
 * Animation.decode({ Container: { Format: 'gif' }, Video: { AnimateFramesPerSecond: '5' } })
 * // Right({ Container: { Format: 'gif' }, Video: { AnimateFramesPerSecond: 5 } })
 */
export interface Animation extends t.TypeOf<typeof AnimationC> {}
/** `Animation` as it is on the wire. */
export interface AnimationWire extends t.OutputOf<typeof AnimationC> {}
export const Animation: t.Type<Animation, AnimationWire> = AnimationC

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
export const AnimationOperation: t.Type<AnimationOperation, AnimationOperationWire> = AnimationOperationC

/**
 * A finished Animation (video to animated image) job, as `JobsDetail` carries it.
 *
 * @example
 * import { AnimationJob } from 'tencent-ci-callback/codecs'
 * AnimationJob.decode({ Tag: 'Animation', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'Animation', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface AnimationJob extends Job<'Animation', AnimationOperation> {}
/** `AnimationJob` as it is on the wire. */
export interface AnimationJobWire extends JobWire<'Animation', AnimationOperationWire> {}
export const AnimationJob: JobCodec<AnimationJob, AnimationJobWire> = defineJob('Animation', AnimationOperation)
