import type { JobTag } from './job-tags'
import { isRawTree } from '../kit/raw-tree'
import { one } from '../kit/shape'

/**
 * Result nodes under `Operation` that only one job Tag writes (catalog.md Q10): a job sent without
 * `Tag` (Tencent's word-segmentation samples) gets the Tag its result node names. Echo nodes
 * (`Transcode`, `DigitalWatermark`…) are not used: several Tags carry them.
 */
export const RESULT_NODE_TAGS: ReadonlyArray<readonly [node: string, tag: JobTag]> = [
  ['WordsGeneralizeResult', 'WordsGeneralize'],
  ['SpeechRecognitionResult', 'SpeechRecognition'],
  ['PicProcessResult', 'PicProcess'],
  ['VideoTagResult', 'VideoTag'],
  ['DocProcessResult', 'DocProcess'],
  ['FileCompressResult', 'FileCompress'],
  ['FileUncompressResult', 'FileUncompress'],
  ['FileHashCodeResult', 'FileHashCode'],
  ['ImageInspectResult', 'ImageInspect'],
  ['Detection', 'ImageOCR'],
  ['VideoTargetRecResult', 'VideoTargetRec'],
  ['SoundHoundResult', 'SoundHound'],
  ['VocalScoreResult', 'VocalScore'],
  ['DnaResult', 'DNA'],
  ['SplitVideoInfoResult', 'SplitVideoParts'],
  ['AITranslateResult', 'Translation'],
]

const has = (tree: object, key: string): boolean => Object.prototype.hasOwnProperty.call(tree, key)

/**
 * The Tag a job without `Tag` must have, from the one result node its `Operation` carries;
 * `undefined` when there is none, or several that disagree: a Tag is never invented.
 */
export const inferTag = (job: Readonly<Record<string, unknown>>): JobTag | undefined => {
  const operation = one(job['Operation'])
  if (!isRawTree(operation)) return undefined
  const tags = new Set(RESULT_NODE_TAGS.filter(([node]) => has(operation, node)).map(([, tag]) => tag))
  const [only] = tags
  return tags.size === 1 ? only : undefined
}
