import * as t from 'io-ts'
import { partial } from '../kit/partial'

const Md5InfoC = partial(
  {
    /** Hex MD5 of the file. */
    Md5: t.string,
    /** The file's full object key (even when `OutputFile.ObjectName` is prefix-relative). */
    ObjectName: t.string,
  },
  'Md5Info',
)
/**
 * One output file's MD5, keyed by its full object key.
 *
 * @example
 * import { Md5Info } from 'tencent-ci-callback/codecs'
 * Md5Info.is({ Md5: '2db78d168edf2f883adce89a1b4ca033', ObjectName: 'output/transcode.mp4' }) // true
 */
export interface Md5Info extends t.TypeOf<typeof Md5InfoC> {}
/** `Md5Info` as it is on the wire. */
export interface Md5InfoWire extends t.OutputOf<typeof Md5InfoC> {}
export const Md5Info: t.Type<Md5Info, Md5InfoWire, unknown> = Md5InfoC

const SpriteOutputFileC = partial(
  {
    /** Bucket written to. */
    Bucket: t.string,
    /** Region written to. */
    Region: t.string,
    /** Prefix shared by every `ObjectName` (`output/sprite-`). */
    ObjectPrefix: t.string,
    /** Names of the sprite sheets written, relative to `ObjectPrefix`; always a list. */
    ObjectName: t.array(t.string),
    /** MD5 of each sheet written, always a list. */
    Md5Info: t.array(Md5Info),
  },
  'SpriteOutputFile',
)
/**
 * The sprite sheets a Snapshot job wrote (`OutputFile.SpriteOutputFile`), shaped like `OutputFile`:
 * each real key is `ObjectPrefix + ObjectName[i]`.
 *
 * @example
 * import { SpriteOutputFile } from 'tencent-ci-callback/codecs'
 * SpriteOutputFile.is({ Bucket: 'b-1', Region: 'ap-chongqing', ObjectPrefix: 'output/sprite-', ObjectName: ['0.jpg'] }) // true
 */
export interface SpriteOutputFile extends t.TypeOf<typeof SpriteOutputFileC> {}
/** `SpriteOutputFile` as it is on the wire. */
export interface SpriteOutputFileWire extends t.OutputOf<typeof SpriteOutputFileC> {}
export const SpriteOutputFile: t.Type<SpriteOutputFile, SpriteOutputFileWire, unknown> = SpriteOutputFileC

const OutputFileC = partial(
  {
    /** Bucket written to. */
    Bucket: t.string,
    /** Region written to. */
    Region: t.string,
    /** Prefix shared by every `ObjectName` (often absent: names are then full keys). */
    ObjectPrefix: t.string,
    /** Names of the files written, always a list. */
    ObjectName: t.array(t.string),
    /** MD5 of each file written, always a list. */
    Md5Info: t.array(Md5Info),
    /** Snapshot only: the sprite sheets written (`Output.SpriteObject` asked for them). */
    SpriteOutputFile: SpriteOutputFile,
  },
  'OutputFile',
)
/**
 * The files a job wrote. Each real key is `ObjectPrefix + ObjectName[i]`.
 *
 * @example
 * import { OutputFile } from 'tencent-ci-callback/codecs'
 * OutputFile.is({ Bucket: 'b-1', Region: 'ap-chongqing', ObjectName: ['out/0.jpg'] }) // true
 */
export interface OutputFile extends t.TypeOf<typeof OutputFileC> {}
/** `OutputFile` as it is on the wire. */
export interface OutputFileWire extends t.OutputOf<typeof OutputFileC> {}
export const OutputFile: t.Type<OutputFile, OutputFileWire, unknown> = OutputFileC

const MediaResultC = partial(
  {
    /** The output files. */
    OutputFile: OutputFile,
  },
  'MediaResult',
)
/**
 * `Operation.MediaResult`: what the job produced; absent while the job is not complete.
 *
 * @example
 * import { MediaResult } from 'tencent-ci-callback/codecs'
 * MediaResult.is({ OutputFile: { ObjectName: ['out/0.jpg'] } }) // true
 */
export interface MediaResult extends t.TypeOf<typeof MediaResultC> {}
/** `MediaResult` as it is on the wire. */
export interface MediaResultWire extends t.OutputOf<typeof MediaResultC> {}
export const MediaResult: t.Type<MediaResult, MediaResultWire, unknown> = MediaResultC
