import * as t from 'io-ts'
import { Output } from '../job/output'
import { BooleanFromWire, IntegerFromWire, NumberFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const SpriteSnapshotConfigC = partial(
  {
    /** Height of one cell, pixels. */
    CellHeight: IntegerFromWire,
    /** Width of one cell, pixels. */
    CellWidth: IntegerFromWire,
    /** Background colour: a name (`White`) or `#RRGGBB`, text. */
    Color: t.string,
    /** Number of columns per sheet. */
    Columns: IntegerFromWire,
    /** Number of rows per sheet. */
    Lines: IntegerFromWire,
    /** Outer margin, pixels. */
    Margin: IntegerFromWire,
    /** Gap between cells, pixels. */
    Padding: IntegerFromWire,
    /** How frames are fitted to a cell: `DirectScale`, `MaxWHScaleAndPad`, `MaxWHScale`… (text). */
    ScaleMethod: t.string,
  },
  'SpriteSnapshotConfig',
)
/**
 * `Operation.Snapshot.SpriteSnapshotConfig`: how the sprite sheets were laid out.
 *
 * @example
 * import { SpriteSnapshotConfig } from 'tencent-ci-callback/codecs'
 * SpriteSnapshotConfig.decode({ Columns: '10', Lines: '10' }) // Right({ Columns: 10, Lines: 10 })
 */
export interface SpriteSnapshotConfig extends t.TypeOf<typeof SpriteSnapshotConfigC> {}
/** `SpriteSnapshotConfig` as it is on the wire. */
export interface SpriteSnapshotConfigWire extends t.OutputOf<typeof SpriteSnapshotConfigC> {}
export const SpriteSnapshotConfig: t.Type<SpriteSnapshotConfig, SpriteSnapshotConfigWire> = SpriteSnapshotConfigC

const SnapshotC = partial(
  {
    /** Capture mode: `Interval`, `Average` or `KeyFrame` (text: Tencent adds modes). */
    Mode: t.string,
    /** Time of the first frame, seconds. */
    Start: NumberFromWire,
    /** Seconds between frames (`Interval` mode). */
    TimeInterval: NumberFromWire,
    /** Number of frames asked for. */
    Count: IntegerFromWire,
    /** Frame width, pixels. */
    Width: IntegerFromWire,
    /** Frame height, pixels. */
    Height: IntegerFromWire,
    /** Image-processing parameters applied to each frame (a CI `imageMogr2/…` string). */
    CIParam: t.string,
    /** Whether the job failed when fewer than `Count` frames could be taken. */
    IsCheckCount: BooleanFromWire,
    /** Whether black frames were skipped. */
    IsCheckBlack: BooleanFromWire,
    /** Share of black pixels (0–100, percent) above which a frame counts as black. */
    BlackLevel: IntegerFromWire,
    /** Luminance (0–255) under which a pixel counts as black. */
    PixelBlackThreshold: IntegerFromWire,
    /** What was written: `OnlySnapshot`, `OnlySprite` or `SnapshotAndSprite` (text). */
    SnapshotOutMode: t.string,
    /** Sprite-sheet layout, when sprites were asked for. */
    SpriteSnapshotConfig: SpriteSnapshotConfig,
  },
  'Snapshot',
)
/**
 * `Operation.Snapshot`: the frame-capture parameters echoed from the request.
 *
 * @example
 * import { Snapshot } from 'tencent-ci-callback/codecs'
 * Snapshot.decode({ Mode: 'Interval', Start: '0', TimeInterval: '1.5', Count: '6' })
 * // Right({ Mode: 'Interval', Start: 0, TimeInterval: 1.5, Count: 6 })
 */
export interface Snapshot extends t.TypeOf<typeof SnapshotC> {}
/** `Snapshot` as it is on the wire. */
export interface SnapshotWire extends t.OutputOf<typeof SnapshotC> {}
export const Snapshot: t.Type<Snapshot, SnapshotWire> = SnapshotC

const SnapshotOutputC = partial(
  {
    ...Output.optional,
    /** Key template of the sprite sheets, placeholders unexpanded (`output/sprite-${Number}.jpg`). */
    SpriteObject: t.string,
  },
  'SnapshotOutput',
)
/**
 * `Operation.Output` of a Snapshot job: the shared `Output` plus `SpriteObject`. Both keys keep their
 * `${Number}` placeholder; the real keys are in `MediaResult.OutputFile` and its `SpriteOutputFile`.
 *
 * @example
 * import { SnapshotOutput } from 'tencent-ci-callback/codecs'
 * SnapshotOutput.is({ Object: 'output/snapshot-${Number}.jpg', SpriteObject: 'output/sprite-${Number}.jpg' }) // true
 */
export interface SnapshotOutput extends t.TypeOf<typeof SnapshotOutputC> {}
/** `SnapshotOutput` as it is on the wire. */
export interface SnapshotOutputWire extends t.OutputOf<typeof SnapshotOutputC> {}
export const SnapshotOutput: t.Type<SnapshotOutput, SnapshotOutputWire> = SnapshotOutputC

const SnapshotOperationC = jobOperation('SnapshotOperation', {
  /** The capture parameters (absent when a template supplied them). */
  Snapshot: Snapshot,
  /** Where the frames and sprite sheets were to be written. */
  Output: SnapshotOutput,
})

/**
 * `Operation` of a Snapshot job: the shared nodes plus `Snapshot` and `Output.SpriteObject`. The frames
 * written are `MediaResult.OutputFile` (`ObjectPrefix` + each relative `ObjectName`), the sprite sheets
 * `MediaResult.OutputFile.SpriteOutputFile`; `jobOutputs` lists both.
 *
 * @example
 * import { SnapshotOperation } from 'tencent-ci-callback/codecs'
 * SnapshotOperation.decode({ Snapshot: { Count: '6' } }) // Right({ Snapshot: { Count: 6 } })
 */
export interface SnapshotOperation extends t.TypeOf<typeof SnapshotOperationC> {}
/** `SnapshotOperation` as it is on the wire. */
export interface SnapshotOperationWire extends t.OutputOf<typeof SnapshotOperationC> {}
export const SnapshotOperation: t.Type<SnapshotOperation, SnapshotOperationWire> = SnapshotOperationC

/**
 * A finished Snapshot (frame capture) job, as `JobsDetail` carries it.
 *
 * @example
 * import { SnapshotJob } from 'tencent-ci-callback/codecs'
 * SnapshotJob.decode({ Tag: 'Snapshot', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'Snapshot', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface SnapshotJob extends Job<'Snapshot', SnapshotOperation> {}
/** `SnapshotJob` as it is on the wire. */
export interface SnapshotJobWire extends JobWire<'Snapshot', SnapshotOperationWire> {}
export const SnapshotJob: JobCodec<SnapshotJob, SnapshotJobWire> = defineJob('Snapshot', SnapshotOperation)
