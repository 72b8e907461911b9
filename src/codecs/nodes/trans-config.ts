import * as t from 'io-ts'
import { AIGCMetadata } from './aigc-metadata'
import { BooleanFromWire, IntegerFromWire } from '../kit/scalars'
import { HlsEncrypt } from './hls-encrypt'
import { partial } from '../kit/partial'

const TransConfigC = partial(
  {
    /** Aspect-ratio adjustment: `scale`, `crop`, `pad` or `none`. */
    AdjDarMethod: t.string,
    /** Whether the output resolution was checked against the input's. */
    IsCheckReso: BooleanFromWire,
    /** What to do when the check fails: `0` (use the input's) or `1` (fail the job). */
    ResoAdjMethod: t.string,
    /** Whether the output video bitrate was checked against the input's. */
    IsCheckVideoBitrate: BooleanFromWire,
    /** What to do when the video-bitrate check fails: `0` or `1`. */
    VideoBitrateAdjMethod: t.string,
    /** Whether the output audio bitrate was checked against the input's. */
    IsCheckAudioBitrate: BooleanFromWire,
    /** What to do when the audio-bitrate check fails: `0` or `1`. */
    AudioBitrateAdjMethod: t.string,
    /** Whether the input's metadata was removed. */
    DeleteMetadata: BooleanFromWire,
    /** Whether HDR input was converted to SDR. */
    IsHdr2Sdr: BooleanFromWire,
    /** HLS encryption. */
    HlsEncrypt: HlsEncrypt,
    /** AIGC labelling metadata written to the output (Label, ContentProducer, ProduceID, …). */
    AIGCMetadata: AIGCMetadata,
    /** GeneratePlayList: number of segments produced before the playlist is first written. */
    InitialClipNum: IntegerFromWire,
    /** GeneratePlayList: object tags set on the segments written, as sent (text). */
    CosTag: t.string,
  },
  'TransConfig',
)
/**
 * `TransConfig`: how a transcode adapts to its input (resolution and bitrate checks, HDR→SDR,
 * HLS encryption). The `…AdjMethod` fields are codes kept as text (`0`, `1`; `scale`, `crop`, …).
 *
 * @example
 * import { TransConfig } from 'tencent-ci-callback/codecs'
 * TransConfig.decode({ AdjDarMethod: 'scale', IsCheckReso: 'false', ResoAdjMethod: '1' })
 * // Right({ AdjDarMethod: 'scale', IsCheckReso: false, ResoAdjMethod: '1' })
 */
export interface TransConfig extends t.TypeOf<typeof TransConfigC> {}
/** `TransConfig` as it is on the wire. */
export interface TransConfigWire extends t.OutputOf<typeof TransConfigC> {}
export const TransConfig: t.Type<TransConfig, TransConfigWire, unknown> = TransConfigC
