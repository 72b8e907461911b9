import type * as t from 'io-ts'
import { fastStruct } from './fast-struct'

/** A `partial` codec: its static types are exactly `t.partial`'s, and it carries its fields. */
export interface PartialStruct<P extends t.Props> extends t.Type<
  t.TypeOfPartialProps<P>,
  t.OutputOfPartialProps<P>,
  unknown
> {
  readonly required: {}
  readonly optional: P
}

/**
 * `t.partial` with the same static types and behaviour (every field optional, unknown fields kept,
 * a field copied only when its codec changed it), built on `fastStruct` for the hot path: absent
 * fields are skipped and no context is allocated per field on success (see CONTRIBUTING.md). Every
 * node codec uses it in place of `t.partial`.
 *
 * A node module keeps the struct under an internal name and exports the codec typed by named
 * interfaces, so editors' hovers and the declarations name the node (`Video`) rather than spell out
 * its fields; the node's doc is written once, on the interface:
 *
 * ```ts
 * const VideoC = partial({ Codec: t.string }, 'Video')
 * export interface Video extends t.TypeOf<typeof VideoC> {}
 * export interface VideoWire extends t.OutputOf<typeof VideoC> {}
 * export const Video: t.Type<Video, VideoWire, unknown> = VideoC
 * ```
 */
export const partial = <P extends t.Props>(props: P, name = 'Partial'): PartialStruct<P> => fastStruct(name, {}, props)
