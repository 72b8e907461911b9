// The AI and recognition Tags of the `tencent-ci-callback/codecs` entry: each Tag's job, operation and result
// nodes (codecs, each sharing its name with its static type) and their wire types.

export {
  VideoTagJob,
  VideoTagOperation,
  VideoTag,
  type VideoTagJobWire,
  type VideoTagOperationWire,
  type VideoTagWire,
} from './video-tag'
export {
  QualityEstimateJob,
  QualityEstimateOperation,
  QualityEstimate,
  QualityEstimateConfig,
  QualityEstimateItem,
  type QualityEstimateJobWire,
  type QualityEstimateOperationWire,
  type QualityEstimateWire,
  type QualityEstimateItemWire,
  type QualityEstimateConfigWire,
} from './quality-estimate'
export {
  SpeechRecognitionJob,
  SpeechRecognitionOperation,
  SpeechRecognition,
  type SpeechRecognitionJobWire,
  type SpeechRecognitionOperationWire,
  type SpeechRecognitionWire,
} from './speech-recognition'
export {
  TranslationJob,
  TranslationOperation,
  Translation,
  type TranslationJobWire,
  type TranslationOperationWire,
  type TranslationWire,
} from './translation'
export {
  WordsGeneralizeJob,
  WordsGeneralizeOperation,
  WordsGeneralize,
  WordsGeneralizeResult,
  WordsGeneralizeLabel,
  WordsGeneralizeToken,
  type WordsGeneralizeJobWire,
  type WordsGeneralizeOperationWire,
  type WordsGeneralizeLabelWire,
  type WordsGeneralizeResultWire,
  type WordsGeneralizeTokenWire,
  type WordsGeneralizeWire,
} from './words-generalize'
export {
  PicProcessJob,
  PicProcessOperation,
  PicProcess,
  type PicProcessJobWire,
  type PicProcessOperationWire,
  type PicProcessWire,
} from './pic-process'
export {
  PosterProductionJob,
  PosterProductionOperation,
  PosterProduction,
  type PosterProductionJobWire,
  type PosterProductionOperationWire,
  type PosterProductionWire,
} from './poster-production'
export {
  ImageInspectJob,
  ImageInspectOperation,
  ImageInspect,
  ImageInspectResult,
  type ImageInspectJobWire,
  type ImageInspectOperationWire,
  type ImageInspectResultWire,
  type ImageInspectWire,
} from './image-inspect'
export {
  ImageOCRJob,
  ImageOCROperation,
  ImageOCR,
  type ImageOCRJobWire,
  type ImageOCROperationWire,
  type ImageOCRWire,
} from './image-ocr'
export {
  VideoTargetRecJob,
  VideoTargetRecOperation,
  VideoTargetRec,
  type VideoTargetRecJobWire,
  type VideoTargetRecOperationWire,
  type VideoTargetRecWire,
} from './video-target-rec'
export {
  SoundHoundJob,
  SoundHoundOperation,
  SoundHoundResult,
  Song,
  type SoundHoundJobWire,
  type SoundHoundOperationWire,
  type SongWire,
  type SoundHoundResultWire,
} from './sound-hound'
export {
  VocalScoreJob,
  VocalScoreOperation,
  VocalScore,
  VocalScoreResult,
  ScoreBreakdown,
  type VocalScoreJobWire,
  type VocalScoreOperationWire,
  type ScoreBreakdownWire,
  type VocalScoreResultWire,
  type VocalScoreWire,
} from './vocal-score'
export {
  DnaJob,
  DnaOperation,
  DnaConfig,
  DnaResult,
  DnaDetection,
  DnaMatch,
  type DnaJobWire,
  type DnaOperationWire,
  type DnaDetectionWire,
  type DnaMatchWire,
  type DnaResultWire,
  type DnaConfigWire,
} from './dna'
