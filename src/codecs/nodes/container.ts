import * as t from 'io-ts'
import { NumberFromWire } from '../kit/scalars'
import { partial } from '../kit/partial'

/**
 * `Container.ClipConfig`: how an HLS/DASH output is cut.
 *
 * @example
 * import { ClipConfig } from 'tencent-ci-callback/codecs'
 * ClipConfig.decode({ Duration: '10' }) // Right({ Duration: 10 })
 */
export const ClipConfig = partial(
  {
    /** Length of each segment, seconds. */
    Duration: NumberFromWire,
  },
  'ClipConfig',
)
/** The static type of the `ClipConfig` codec. */
export type ClipConfig = t.TypeOf<typeof ClipConfig>

/**
 * `Container`: the output container of a transcode, animation, concat or montage.
 *
 * @example
 * import { Container } from 'tencent-ci-callback/codecs'
 * Container.decode({ Format: 'hls', ClipConfig: { Duration: '10' } }) // Right({ Format: 'hls', ClipConfig: { Duration: 10 } })
 */
export const Container = partial(
  {
    /** Container format: `mp4`, `flv`, `hls`, `dash`, `mp3`, `gif`, `webp`, … (Tencent adds formats, so text). */
    Format: t.string,
    /** Segmenting of HLS/DASH outputs. */
    ClipConfig: ClipConfig,
  },
  'Container',
)
/** The static type of the `Container` codec. */
export type Container = t.TypeOf<typeof Container>
