// The audio and video processing Tags of the `tencent-ci-callback/codecs` entry: each Tag's job, operation and
// parameter nodes (codecs, each sharing its name with its static type) and their wire types.

export {
  SmartCoverJob,
  SmartCoverOperation,
  SmartCover,
  type SmartCoverJobWire,
  type SmartCoverOperationWire,
  type SmartCoverWire,
} from './smart-cover'
export { TranscodeJob, TranscodeOperation, type TranscodeJobWire, type TranscodeOperationWire } from './transcode'
export {
  AnimationJob,
  AnimationOperation,
  Animation,
  type AnimationJobWire,
  type AnimationOperationWire,
  type AnimationWire,
} from './animation'
export { ConcatJob, ConcatOperation, type ConcatJobWire, type ConcatOperationWire } from './concat'
export {
  VideoMontageJob,
  VideoMontageOperation,
  VideoMontage,
  type VideoMontageJobWire,
  type VideoMontageOperationWire,
  type VideoMontageWire,
} from './video-montage'
export { SDRtoHDRJob, SDRtoHDROperation, type SDRtoHDRJobWire, type SDRtoHDROperationWire } from './sdr-to-hdr'
export {
  VideoProcessJob,
  VideoProcessOperation,
  VideoProcess,
  type VideoProcessJobWire,
  type VideoProcessOperationWire,
  type VideoProcessWire,
} from './video-process'
export {
  SuperResolutionJob,
  SuperResolutionOperation,
  type SuperResolutionJobWire,
  type SuperResolutionOperationWire,
} from './super-resolution'
export {
  SegmentJob,
  SegmentOperation,
  Segment,
  type SegmentJobWire,
  type SegmentOperationWire,
  type SegmentWire,
} from './segment'
export {
  DigitalWatermarkJob,
  DigitalWatermarkOperation,
  type DigitalWatermarkJobWire,
  type DigitalWatermarkOperationWire,
} from './digital-watermark'
export {
  VideoEnhanceJob,
  VideoEnhanceOperation,
  VideoEnhance,
  FrameEnhance,
  type VideoEnhanceJobWire,
  type VideoEnhanceOperationWire,
  type FrameEnhanceWire,
  type VideoEnhanceWire,
} from './video-enhance'
export {
  GeneratePlayListJob,
  GeneratePlayListOperation,
  type GeneratePlayListJobWire,
  type GeneratePlayListOperationWire,
} from './generate-play-list'
export { WatermarkJob, WatermarkOperation, type WatermarkJobWire, type WatermarkOperationWire } from './watermark'
export {
  FillConcatJob,
  FillConcatOperation,
  FillConcat,
  FillInput,
  type FillConcatJobWire,
  type FillConcatOperationWire,
  type FillInputWire,
  type FillConcatWire,
} from './fill-concat'
export {
  VideoSynthesisJob,
  VideoSynthesisOperation,
  VideoSynthesis,
  SpliceInfo,
  type VideoSynthesisJobWire,
  type VideoSynthesisOperationWire,
  type SpliceInfoWire,
  type VideoSynthesisWire,
} from './video-synthesis'
export {
  SnapshotJob,
  SnapshotOperation,
  Snapshot,
  SpriteSnapshotConfig,
  SnapshotOutput,
  type SnapshotJobWire,
  type SnapshotOperationWire,
  type SnapshotWire,
  type SnapshotOutputWire,
  type SpriteSnapshotConfigWire,
} from './snapshot'
export {
  VoiceSeparateJob,
  VoiceSeparateOperation,
  VoiceSeparate,
  VoiceSeparateAudioConfig,
  VoiceSeparateOutput,
  type VoiceSeparateJobWire,
  type VoiceSeparateOperationWire,
  type VoiceSeparateWire,
  type VoiceSeparateAudioConfigWire,
  type VoiceSeparateOutputWire,
} from './voice-separate'
export {
  ExtractDigitalWatermarkJob,
  ExtractDigitalWatermarkOperation,
  ExtractDigitalWatermark,
  type ExtractDigitalWatermarkJobWire,
  type ExtractDigitalWatermarkOperationWire,
  type ExtractDigitalWatermarkWire,
} from './extract-digital-watermark'
export { MediaInfoJob, MediaInfoOperation, type MediaInfoJobWire, type MediaInfoOperationWire } from './media-info'
export {
  TtsJob,
  TtsOperation,
  TtsTpl,
  TtsConfig,
  TtsOperationInput,
  type TtsJobWire,
  type TtsOperationWire,
  type TtsTplWire,
  type TtsConfigWire,
  type TtsOperationInputWire,
} from './tts'
export {
  NoiseReductionJob,
  NoiseReductionOperation,
  NoiseReduction,
  type NoiseReductionJobWire,
  type NoiseReductionOperationWire,
  type NoiseReductionWire,
} from './noise-reduction'
export {
  StreamExtractJob,
  StreamExtractOperation,
  StreamExtract,
  StreamExtractOutput,
  type StreamExtractJobWire,
  type StreamExtractOperationWire,
  type StreamExtractWire,
  type StreamExtractOutputWire,
} from './stream-extract'
export {
  SegmentVideoBodyJob,
  SegmentVideoBodyOperation,
  SegmentVideoBody,
  type SegmentVideoBodyJobWire,
  type SegmentVideoBodyOperationWire,
  type SegmentVideoBodyWire,
} from './segment-video-body'
export {
  SplitVideoPartsJob,
  SplitVideoPartsOperation,
  SplitVideoParts,
  SplitVideoTimeInfo,
  SplitVideoInfoResult,
  type SplitVideoPartsJobWire,
  type SplitVideoPartsOperationWire,
  type SplitVideoPartsWire,
  type SplitVideoTimeInfoWire,
  type SplitVideoInfoResultWire,
} from './split-video-parts'
