import * as t from 'io-ts'
import { DigitalWatermark } from './digital-watermark'
import { RemoveWatermark } from './remove-watermark'
import { Subtitles } from './subtitles'
import { Transcode } from './transcode'
import { Watermark } from './watermark'

/**
 * The `Operation` echo nodes shared by the transcode-family Tags (Transcode, SDRtoHDR,
 * VideoProcess, SuperResolution, VideoEnhance, GeneratePlayList): a Tag module spreads them into
 * its `jobOperation` props.
 */
export const mediaOperationProps = {
  /** Transcode parameters (absent when a template supplied them). */
  Transcode: Transcode,
  /** ID of the transcode template applied on top of the Tag's own (SDRtoHDR, VideoProcess, SuperResolution). */
  TranscodeTemplateId: t.string,
  /** IDs of the watermark templates applied (up to 3), always a list. */
  WatermarkTemplateId: t.array(t.string),
  /** Watermarks burnt in, always a list. */
  Watermark: t.array(Watermark),
  /** Regions blurred out, always a list. */
  RemoveWatermark: t.array(RemoveWatermark),
  /** Invisible watermark embedded, with its own outcome (`State`). */
  DigitalWatermark: DigitalWatermark,
  /** Subtitle files added. */
  Subtitles: Subtitles,
  /** Free-transcode flag echoed from the request, as sent (text). */
  FreeTranscode: t.string,
}
