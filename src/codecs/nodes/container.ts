import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

const ClipConfigC = partial(
  {
    /** Length of each segment, seconds. */
    Duration: NumberFromWire,
  },
  'ClipConfig',
)
/**
 * `Container.ClipConfig`: how an HLS/DASH output is cut.
 *
 * @example
 * import { ClipConfig } from 'tencent-ci-callback/codecs'
 * ClipConfig.decode({ Duration: '10' }) // Right({ Duration: 10 })
 */
export interface ClipConfig extends t.TypeOf<typeof ClipConfigC> {}
/** `ClipConfig` as it is on the wire. */
export interface ClipConfigWire extends t.OutputOf<typeof ClipConfigC> {}
export const ClipConfig: t.Type<ClipConfig, ClipConfigWire, unknown> = ClipConfigC

const ContainerC = partial(
  {
    /** Container format: `mp4`, `flv`, `hls`, `dash`, `mp3`, `gif`, `webp`, … (Tencent adds formats, so text). */
    Format: t.string,
    /** Segmenting of HLS/DASH outputs. */
    ClipConfig: ClipConfig,
  },
  'Container',
)
/**
 * `Container`: the output container of a transcode, animation, concat or montage.
 *
 * @example
 * import { Container } from 'tencent-ci-callback/codecs'
 * Container.decode({ Format: 'hls', ClipConfig: { Duration: '10' } }) // Right({ Format: 'hls', ClipConfig: { Duration: 10 } })
 */
export interface Container extends t.TypeOf<typeof ContainerC> {}
/** `Container` as it is on the wire. */
export interface ContainerWire extends t.OutputOf<typeof ContainerC> {}
export const Container: t.Type<Container, ContainerWire, unknown> = ContainerC
