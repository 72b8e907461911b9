// The audio and video processing Tags of the `tencent-ci-callback/codecs` entry: each Tag's job, operation and
// parameter nodes (codecs, each sharing its name with its static type) and their wire types.

export {
  SmartCoverJob,
  SmartCoverOperation,
  SmartCover,
  type SmartCoverJobWire,
  type SmartCoverOperationWire,
} from './smart-cover'
export { TranscodeJob, TranscodeOperation, type TranscodeJobWire, type TranscodeOperationWire } from './transcode'
export {
  AnimationJob,
  AnimationOperation,
  Animation,
  type AnimationJobWire,
  type AnimationOperationWire,
} from './animation'
export { ConcatJob, ConcatOperation, type ConcatJobWire, type ConcatOperationWire } from './concat'
export {
  VideoMontageJob,
  VideoMontageOperation,
  VideoMontage,
  type VideoMontageJobWire,
  type VideoMontageOperationWire,
} from './video-montage'
export { SDRtoHDRJob, SDRtoHDROperation, type SDRtoHDRJobWire, type SDRtoHDROperationWire } from './sdr-to-hdr'
export {
  VideoProcessJob,
  VideoProcessOperation,
  VideoProcess,
  type VideoProcessJobWire,
  type VideoProcessOperationWire,
} from './video-process'
export {
  SuperResolutionJob,
  SuperResolutionOperation,
  type SuperResolutionJobWire,
  type SuperResolutionOperationWire,
} from './super-resolution'
export { SegmentJob, SegmentOperation, Segment, type SegmentJobWire, type SegmentOperationWire } from './segment'
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
} from './fill-concat'
export {
  VideoSynthesisJob,
  VideoSynthesisOperation,
  VideoSynthesis,
  SpliceInfo,
  type VideoSynthesisJobWire,
  type VideoSynthesisOperationWire,
} from './video-synthesis'
export {
  SnapshotJob,
  SnapshotOperation,
  Snapshot,
  SpriteSnapshotConfig,
  SnapshotOutput,
  type SnapshotJobWire,
  type SnapshotOperationWire,
} from './snapshot'
export {
  VoiceSeparateJob,
  VoiceSeparateOperation,
  VoiceSeparate,
  VoiceSeparateAudioConfig,
  VoiceSeparateOutput,
  type VoiceSeparateJobWire,
  type VoiceSeparateOperationWire,
} from './voice-separate'
export {
  ExtractDigitalWatermarkJob,
  ExtractDigitalWatermarkOperation,
  ExtractDigitalWatermark,
  type ExtractDigitalWatermarkJobWire,
  type ExtractDigitalWatermarkOperationWire,
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
} from './tts'
export {
  NoiseReductionJob,
  NoiseReductionOperation,
  NoiseReduction,
  type NoiseReductionJobWire,
  type NoiseReductionOperationWire,
} from './noise-reduction'
export {
  StreamExtractJob,
  StreamExtractOperation,
  StreamExtract,
  StreamExtractOutput,
  type StreamExtractJobWire,
  type StreamExtractOperationWire,
} from './stream-extract'
export {
  SegmentVideoBodyJob,
  SegmentVideoBodyOperation,
  SegmentVideoBody,
  type SegmentVideoBodyJobWire,
  type SegmentVideoBodyOperationWire,
} from './segment-video-body'
export {
  SplitVideoPartsJob,
  SplitVideoPartsOperation,
  SplitVideoParts,
  SplitVideoTimeInfo,
  SplitVideoInfoResult,
  type SplitVideoPartsJobWire,
  type SplitVideoPartsOperationWire,
} from './split-video-parts'
