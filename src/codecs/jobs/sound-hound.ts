import * as t from 'io-ts'
import { NumberFromWire } from '../scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'

/**
 * One song that matches the audio (`SoundHoundResult.SongList[i]`).
 *
 * @example
 * import { Song } from 'tencent-ci-callback'
 * Song.decode({ SongName: 'Moonlight', SingerName: 'A. Singer', Inlier: '12' }) // Right({ …, Inlier: 12 })
 */
export const Song = t.partial(
  {
    /** Strength of the match: how many fingerprint points agree (higher is better). */
    Inlier: NumberFromWire,
    /** The singer. */
    SingerName: t.string,
    /** The song. */
    SongName: t.string,
  },
  'Song',
)
/** The static type of the `Song` codec. */
export type Song = t.TypeOf<typeof Song>

/**
 * `Operation.SoundHoundResult`: the songs recognised. The Go SDK keeps one `SongList`, the
 * Java SDK a list: several are kept, always as a list.
 *
 * @example
 * import { SoundHoundResult } from 'tencent-ci-callback'
 * SoundHoundResult.decode({ SongList: [{ SongName: 'Moonlight' }] })
 */
export const SoundHoundResult = t.partial(
  {
    /** The songs that match; always a list. */
    SongList: t.array(Song),
  },
  'SoundHoundResult',
)
/** The static type of the `SoundHoundResult` codec. */
export type SoundHoundResult = t.TypeOf<typeof SoundHoundResult>

const SoundHoundOperationC = jobOperation('SoundHoundOperation', {
  /** The songs recognised. */
  SoundHoundResult: SoundHoundResult,
})

/**
 * `Operation` of a SoundHound job: the shared nodes plus `SoundHoundResult`.
 *
 * @example
 * import { SoundHoundOperation } from 'tencent-ci-callback'
 * SoundHoundOperation.decode({ SoundHoundResult: { SongList: [{ SongName: 'Moonlight' }] } })
 */
export interface SoundHoundOperation extends t.TypeOf<typeof SoundHoundOperationC> {}
/** `SoundHoundOperation` as it is on the wire. */
export interface SoundHoundOperationWire extends t.OutputOf<typeof SoundHoundOperationC> {}
/**
 * The io-ts codec for `SoundHoundOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SoundHoundOperation } from 'tencent-ci-callback'
 * SoundHoundOperation.decode({ UserData: 'x' })
 */
export const SoundHoundOperation: t.Type<SoundHoundOperation, SoundHoundOperationWire, unknown> = SoundHoundOperationC

const SoundHoundJobC = defineJob('SoundHound', SoundHoundOperation)

/**
 * A finished SoundHound (song recognition) job.
 *
 * @example
 * import { SoundHoundJob } from 'tencent-ci-callback'
 * // job.Tag === 'SoundHound': job.Operation.SoundHoundResult?.SongList
 */
export interface SoundHoundJob extends t.TypeOf<typeof SoundHoundJobC> {}
/** `SoundHoundJob` as it is on the wire. */
export interface SoundHoundJobWire extends t.OutputOf<typeof SoundHoundJobC> {}
/**
 * The io-ts codec for `SoundHoundJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SoundHoundJob } from 'tencent-ci-callback'
 * SoundHoundJob.is(job) // true for a decoded SoundHound job
 */
export const SoundHoundJob: JobCodec<'SoundHound', SoundHoundJob, SoundHoundJobWire> = SoundHoundJobC
