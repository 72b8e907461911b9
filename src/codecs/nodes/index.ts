// The parameter and result nodes the Tags share, for the `tencent-ci-callback/codecs` entry (codecs, each
// sharing its name with its static type) and their wire types.

export { Container, ClipConfig } from './container'
export { Video, VideoColorParam } from './video'
export { Audio } from './audio'
export { TimeInterval } from './time-interval'
export { HlsEncrypt } from './hls-encrypt'
export { TransConfig } from './trans-config'
export { AudioMix, EffectConfig } from './audio-mix'
export { Watermark, WatermarkImage, WatermarkText, WatermarkSlideConfig } from './watermark'
export { RemoveWatermark } from './remove-watermark'
export { DigitalWatermark } from './digital-watermark'
export { Subtitles, Subtitle } from './subtitles'
export { Transcode } from './transcode'
export { ConcatTemplate, ConcatFragment, SceneChangeInfo } from './concat-template'
export { SDRtoHDR } from './sdr-to-hdr'
export { ColorEnhance } from './color-enhance'
export { MsSharpen } from './ms-sharpen'
export { SuperResolution } from './super-resolution'
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
export { AIGCMetadata } from './aigc-metadata'
