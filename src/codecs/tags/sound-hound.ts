import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
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
export const Song: t.Type<Song, SongWire> = SongC

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
export const SoundHoundResult: t.Type<SoundHoundResult, SoundHoundResultWire> = SoundHoundResultC

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
export const SoundHoundOperation: t.Type<SoundHoundOperation, SoundHoundOperationWire> = SoundHoundOperationC

/**
 * A finished SoundHound (song recognition) job.
 *
 * @example
 * import { SoundHoundJob } from 'tencent-ci-callback/codecs'
 * SoundHoundJob.decode({ Tag: 'SoundHound', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'SoundHound', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface SoundHoundJob extends Job<'SoundHound', SoundHoundOperation> {}
/** `SoundHoundJob` as it is on the wire. */
export interface SoundHoundJobWire extends JobWire<'SoundHound', SoundHoundOperationWire> {}
export const SoundHoundJob: JobCodec<SoundHoundJob, SoundHoundJobWire> = defineJob('SoundHound', SoundHoundOperation, {
  resultNode: 'SoundHoundResult',
})
