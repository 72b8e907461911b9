/**
 * Elements that are lists, whatever the wire shows. XML repeats an element for a list and
 * says nothing when there is only one; Tencent's JSON (a mechanical conversion of the XML)
 * then gives an object or string for one item and an array for several. Each entry is a
 * path suffix: `Stream.Video` matches a `Video` directly inside a `Stream`, at any depth.
 *
 * Sources: catalog.md Q1 and the Go/Java SDK models. A new list is one line here; codecs
 * then simply declare `t.array(...)`.
 */
export const LIST_FIELDS: ReadonlyArray<string> = [
  // Envelope and shared job nodes
  'JobsDetail',
  'Input.CosHeaders',
  'WorkflowExecution.CosHeaders',
  'WorkflowExecution.Tasks',
  // MediaResult
  'OutputFile.ObjectName',
  'OutputFile.Md5Info',
  'SpriteOutputFile.ObjectName',
  'SpriteOutputFile.Md5Info',
  // MediaInfo
  'Stream.Video',
  'Stream.Audio',
  'Stream.Subtitle',
  // Operation echo nodes
  'Operation.WatermarkTemplateId',
  'Operation.Watermark',
  'Output.StreamExtract',
  // Result nodes (per-Tag codecs arrive later; the lists are known now)
  'DocProcessResult.PageInfo',
  'SpeechRecognitionResult.ResultDetail',
  'SpeechRecognitionResult.FlashResult',
  'ResultDetail.Words',
  'FlashResult.sentence_list',
  'sentence_list.word_list',
  'Data.Tags',
  'Data.PersonTags',
  'Data.PlaceTags',
  'Data.ActionTags',
  'Data.ObjectTags',
  'Data.Labels',
  'PlaceTags.Tags',
  'PlaceTags.ClipFrameResult',
  'ActionTags.Tags',
  'ObjectTags.Objects',
  'PersonTags.DetailPerSecond',
  'DetailPerSecond.BBox',
  'Objects.BBox',
  'WordsGeneralizeResult.WordsGeneralizeLable',
  'WordsGeneralizeResult.WordsGeneralizeToken',
  'Detection.TextDetections',
  'TextDetections.Polygon',
  'TextDetections.Words',
  'ResultInfo.ObjectInfo',
  'ResultInfo.SpriteObjectInfo',
  'SplitVideoInfoResult.TimeInfo',
  'Detection.MatchDetail',
  'VideoTargetRecResult.BodyRecognition',
  'VideoTargetRecResult.PetRecognition',
  'VideoTargetRecResult.CarRecognition',
  'VideoTargetRecResult.FaceRecognition',
  'VideoTargetRecResult.LicenseRecognitionResult',
  // Moderation (Detail) results: JSON only, real arrays, listed so a one-item list stays a list
  'JobsDetail.Section',
  'JobsDetail.Snapshot',
  'JobsDetail.AudioSection',
  'PageSegment.Results',
  'ImageResults.Results',
  'TextResults.Results',
]
