import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

const SongC = partial(
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
/**
 * One song that matches the audio (`SoundHoundResult.SongList[i]`).
 *
 * @example
 * import { Song } from 'tencent-ci-callback/codecs'
 * Song.decode({ SongName: 'Moonlight', SingerName: 'A. Singer', Inlier: '12' }) // Right({ …, Inlier: 12 })
 */
export interface Song extends t.TypeOf<typeof SongC> {}
/** `Song` as it is on the wire. */
export interface SongWire extends t.OutputOf<typeof SongC> {}
/**
 * The io-ts codec for `Song`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { Song } from 'tencent-ci-callback/codecs'
 * Song.decode({ SongName: 'Moonlight', SingerName: 'A. Singer', Inlier: '12' }) // Right({ …, Inlier: 12 })
 */
export const Song: t.Type<Song, SongWire, unknown> = SongC

const SoundHoundResultC = partial(
  {
    /** The songs that match; always a list. */
    SongList: t.array(Song),
  },
  'SoundHoundResult',
)
/**
 * `Operation.SoundHoundResult`: the songs recognised. The Go SDK keeps one `SongList`, the
 * Java SDK a list: several are kept, always as a list.
 *
 * @example
 * import { SoundHoundResult } from 'tencent-ci-callback/codecs'
 * SoundHoundResult.decode({ SongList: [{ SongName: 'Moonlight' }] })
 */
export interface SoundHoundResult extends t.TypeOf<typeof SoundHoundResultC> {}
/** `SoundHoundResult` as it is on the wire. */
export interface SoundHoundResultWire extends t.OutputOf<typeof SoundHoundResultC> {}
/**
 * The io-ts codec for `SoundHoundResult`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SoundHoundResult } from 'tencent-ci-callback/codecs'
 * SoundHoundResult.decode({ SongList: [{ SongName: 'Moonlight' }] })
 */
export const SoundHoundResult: t.Type<SoundHoundResult, SoundHoundResultWire, unknown> = SoundHoundResultC

const SoundHoundOperationC = jobOperation('SoundHoundOperation', {
  /** The songs recognised. */
  SoundHoundResult: SoundHoundResult,
})

/**
 * `Operation` of a SoundHound job: the shared nodes plus `SoundHoundResult`.
 *
 * @example
 * import { SoundHoundOperation } from 'tencent-ci-callback/codecs'
 * SoundHoundOperation.decode({ SoundHoundResult: { SongList: [{ SongName: 'Moonlight' }] } })
 */
export interface SoundHoundOperation extends t.TypeOf<typeof SoundHoundOperationC> {}
/** `SoundHoundOperation` as it is on the wire. */
export interface SoundHoundOperationWire extends t.OutputOf<typeof SoundHoundOperationC> {}
/**
 * The io-ts codec for `SoundHoundOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { SoundHoundOperation } from 'tencent-ci-callback/codecs'
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
 * import { SoundHoundJob } from 'tencent-ci-callback/codecs'
 * SoundHoundJob.is(job) // true for a decoded SoundHound job
 */
export const SoundHoundJob: JobCodec<'SoundHound', SoundHoundJob, SoundHoundJobWire> = SoundHoundJobC
