// The parameter and result nodes the Tags share, for the `tencent-ci-callback/codecs` entry (codecs, each
// sharing its name with its static type) and their wire types.

export { Container, ClipConfig, type ClipConfigWire, type ContainerWire } from './container'
export { Video, VideoColorParam, type VideoColorParamWire, type VideoWire } from './video'
export { Audio, type AudioWire } from './audio'
export { TimeInterval, type TimeIntervalWire } from './time-interval'
export { HlsEncrypt, type HlsEncryptWire } from './hls-encrypt'
export { TransConfig, type TransConfigWire } from './trans-config'
export { AudioMix, EffectConfig, type EffectConfigWire, type AudioMixWire } from './audio-mix'
export {
  Watermark,
  WatermarkImage,
  WatermarkText,
  WatermarkSlideConfig,
  type WatermarkImageWire,
  type WatermarkTextWire,
  type WatermarkWire,
  type WatermarkSlideConfigWire,
} from './watermark'
export { RemoveWatermark, type RemoveWatermarkWire } from './remove-watermark'
export { DigitalWatermark, type DigitalWatermarkWire } from './digital-watermark'
export { Subtitles, Subtitle, type SubtitleWire, type SubtitlesWire } from './subtitles'
export { Transcode, type TranscodeWire } from './transcode'
export {
  ConcatTemplate,
  ConcatFragment,
  SceneChangeInfo,
  type ConcatFragmentWire,
  type SceneChangeInfoWire,
  type ConcatTemplateWire,
} from './concat-template'
export { SDRtoHDR, type SDRtoHDRWire } from './sdr-to-hdr'
export { ColorEnhance, type ColorEnhanceWire } from './color-enhance'
export { MsSharpen, type MsSharpenWire } from './ms-sharpen'
export { SuperResolution, type SuperResolutionWire } from './super-resolution'
export {
  VideoTagResult,
  VideoTagData,
  VideoTagCategory,
  type VideoTagCategoryWire,
  type VideoTagDataWire,
  type VideoTagResultWire,
} from './video-tag-result'
export {
  VideoTagLabel,
  VideoTagDetection,
  PersonTag,
  PlaceTag,
  ActionTag,
  ObjectTag,
  BBox,
  type ActionTagWire,
  type BBoxWire,
  type ObjectTagWire,
  type PersonTagWire,
  type PlaceTagWire,
  type VideoTagDetectionWire,
  type VideoTagLabelWire,
} from './video-tag-labels'
export {
  SpeechRecognitionResult,
  FlashResult,
  FlashSentence,
  FlashWord,
  ResultDetail,
  RecognisedWord,
  type FlashResultWire,
  type FlashSentenceWire,
  type FlashWordWire,
  type RecognisedWordWire,
  type ResultDetailWire,
  type SpeechRecognitionResultWire,
} from './speech-recognition-result'
export {
  PicProcessResult,
  PicProcessFlatResult,
  PicProcessUploadResult,
  OriginalInfo,
  ImageInfo,
  ProcessedImage,
  ProcessedObject,
  type PicProcessResultWire,
  type ImageInfoWire,
  type OriginalInfoWire,
  type PicProcessFlatResultWire,
  type PicProcessUploadResultWire,
  type ProcessedObjectWire,
  type ProcessedImageWire,
} from './pic-process-result'
export {
  ImageOcrDetection,
  TextDetection,
  OcrPoint,
  OcrBox,
  OcrCharacter,
  OcrWordPolygon,
  type ImageOcrDetectionWire,
  type OcrBoxWire,
  type OcrCharacterWire,
  type OcrPointWire,
  type OcrWordPolygonWire,
  type TextDetectionWire,
} from './image-ocr-detection'
export {
  VideoTargetRecResult,
  TargetFrame,
  RecognisedTarget,
  TargetLocation,
  type RecognisedTargetWire,
  type TargetFrameWire,
  type TargetLocationWire,
  type VideoTargetRecResultWire,
} from './video-target-rec-result'
export { AIGCMetadata, type AIGCMetadataWire } from './aigc-metadata'
