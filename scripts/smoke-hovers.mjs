// What an editor shows a handler: in a consumer of the installed package, TypeScript's language
// service reads the quick info (the hover) of every node a handler reads, and each must name the
// node's type (`Video`, `VideoStream`, `ReviewImageJob`, …) rather than spell out io-ts internals
// (`TypeOfPartialProps<{ Codec: StringC; … }>`). Run by scripts/smoke-pack.mjs against the packed
// package; `checkHovers` writes the consumer into the project it is given and returns the failures.
//
// In the consumer, `/*@Name*/` just before an identifier marks a hover: the type it shows (the
// text after the first `: ` of the quick info) must contain `Name` as a word. `/*#*/` before an imported
// codec marks a hover that must show the doc of the codec and its type once, with one `@example`.

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Text that only io-ts's own types print: a hover that holds one spells out a codec. */
export const INTERNALS =
  /TypeOfPartialProps|TypeOfProps|OutputOfPartialProps|OutputOfProps|\bType<|\bStringC\b|\bNumberC\b|\bBooleanC\b|\bLiteralC\b|\bArrayC\b|\bPartialC\b|\bTypeC\b|\bUnionC\b|\bt\./

export const HOVER_CONSUMER = `import { parseCallback, isWorkflowJob } from 'tencent-ci-callback'
import { /*#*/Video, /*#*/VideoStream, /*#*/Input, /*#*/Output, /*#*/MediaInfo, /*#*/Workflow, /*#*/CosHeader } from 'tencent-ci-callback/codecs'
import { /*#*/ReviewImageJob, /*#*/SceneInfo, /*#*/AudioSection, /*#*/ReviewImageDetail, /*#*/WorkflowTask } from 'tencent-ci-callback/codecs'
import { /*#*/WorkflowExecution, /*#*/TaskFinishCallback, /*#*/JobsDetail, /*#*/TranscodeJob } from 'tencent-ci-callback/codecs'

export const codecs = [Video, VideoStream, Input, Output, MediaInfo, Workflow, CosHeader, ReviewImageJob, SceneInfo]
export const more = [AudioSection, ReviewImageDetail, WorkflowTask, WorkflowExecution, TaskFinishCallback, JobsDetail, TranscodeJob]

export const read = (body: string): void => {
  const result = parseCallback(body, 'application/xml')
  if (result._tag === 'Left') return
  const callback = result.right
  if (callback.EventName === 'TaskFinish') {
    for (const job of callback.JobsDetail) {
      const /*@Input*/input = job.Input
      const /*@CosHeader*/header = job.Input?.CosHeaders?.[0]
      if (isWorkflowJob(job)) void job./*@Workflow*/Workflow
      if (job.Tag === 'Transcode') {
        const /*@TranscodeOperation*/operation = job.Operation
        const /*@Transcode*/transcode = operation.Transcode
        void transcode?./*@Video*/Video
        void transcode?./*@Audio*/Audio
        void transcode?./*@Container*/Container
        void transcode?./*@TimeInterval*/TimeInterval
        void transcode?./*@TransConfig*/TransConfig
        void operation./*@Watermark*/Watermark?.[0]?./*@WatermarkText*/Text
        void operation./*@Output*/Output
        void transcode?./*@AudioMix*/AudioMix
        void transcode?.AudioMixArray?.[0]?./*@EffectConfig*/EffectConfig
        void transcode?.Video?./*@VideoColorParam*/ColorParam
        void transcode?.TransConfig?./*@HlsEncrypt*/HlsEncrypt
        void operation.Watermark?.[0]?./*@WatermarkImage*/Image
        void operation./*@RemoveWatermark*/RemoveWatermark?.[0]
        void operation./*@DigitalWatermark*/DigitalWatermark
        void operation./*@Subtitles*/Subtitles?./*@Subtitle*/Subtitle
        const /*@MediaResult*/result = operation.MediaResult
        const /*@OutputFile*/file = result?.OutputFile
        void file?./*@Md5Info*/Md5Info
        const /*@MediaInfo*/info = operation.MediaInfo
        void info?./*@MediaInfoFormat*/Format
        const /*@MediaInfoStream*/stream = info?.Stream
        const /*@VideoStream*/video = stream?.Video?.[0]
        const /*@AudioStream*/audio = stream?.Audio?.[0]
        const /*@SubtitleStream*/subtitle = stream?.Subtitle?.[0]
        void [input, header, file, video, audio, subtitle]
      }
      if (job.Tag === 'SmartCover') {
        void job./*@SmartCoverOperation*/Operation./*@SmartCover*/SmartCover
        void job.Operation./*@MediaResult*/MediaResult?./*@OutputFile*/OutputFile
      }
      if (job.Tag === 'MediaInfo') void job./*@MediaInfoOperation*/Operation./*@MediaInfo*/MediaInfo
      if (job.Tag === 'Snapshot') {
        void job.Operation./*@SnapshotOutput*/Output
        void job.Operation.MediaResult?.OutputFile?./*@SpriteOutputFile*/SpriteOutputFile
      }
      if (job.Tag === 'VideoTag') void job.Operation./*@VideoTagResult*/VideoTagResult
      if (job.Tag === 'SpeechRecognition') void job.Operation./*@SpeechRecognitionResult*/SpeechRecognitionResult
      if (job.Tag === 'PicProcess') void job.Operation./*@PicProcessResult*/PicProcessResult
      if (job.Tag === 'DocProcess') void job.Operation./*@DocProcessResult*/DocProcessResult
    }
  }
  if (callback.EventName === 'WorkflowFinish') {
    const /*@WorkflowExecution*/run = callback.WorkflowExecution
    const /*@WorkflowTask*/task = run.Tasks?.[0]
    const /*@WorkflowResultInfo*/info = task?.ResultInfo
    void info?./*@WorkflowObjectInfo*/ObjectInfo?.[0]
    void run.CosHeaders?.[0]
  }
  if (callback.EventName === 'WorkflowStart') void callback./*@WorkflowExecution*/WorkflowExecution
  if (callback.EventName === 'ReviewImage' && callback.ContentVersion === 'Detail') {
    const /*@ReviewImageJob*/job = callback.JobsDetail
    const /*@SceneInfo*/porn = job.PornInfo
    const /*@OcrResult*/ocr = porn?.OcrResults?.[0]
    void ocr?./*@HitLocation*/Location
    void porn?.ObjectResults?.[0]
    void /*@ReviewImageDetail*/callback
  }
  if (callback.EventName === 'ReviewImage' && callback.ContentVersion === 'Simple') {
    const /*@ModerationSimpleData*/data = callback.data
    void data./*@SimpleSceneInfo*/porn_info
  }
  if (callback.EventName === 'ReviewVideo' && callback.ContentVersion === 'Detail') {
    const /*@ReviewVideoJob*/job = callback.JobsDetail
    void job.Snapshot?.[0]?./*@SceneInfo*/PornInfo
    const /*@VideoSnapshot*/frame = job.Snapshot?.[0]
    const /*@AudioSection*/section = job.AudioSection?.[0]
    void [frame, section]
  }
  if (callback.EventName === 'ReviewText' && callback.ContentVersion === 'Detail') {
    const /*@TextSection*/section = callback.JobsDetail.Section?.[0]
    void section
  }
  if (callback.EventName === 'ReviewDocument' && callback.ContentVersion === 'Detail') {
    const /*@ReviewDocumentJob*/job = callback.JobsDetail
    void job./*@SceneLabels*/Labels
    const /*@PageResults*/pages = job.PageSegment
    const /*@PageResult*/page = pages?.Results?.[0]
    void page
  }
  if (callback.EventName === 'ReviewHtml' && callback.ContentVersion === 'Detail') {
    void callback.JobsDetail./*@PageResults*/ImageResults
  }
}
`

/** The hovers of `HOVER_CONSUMER` that failed: `{ line, expected, shown }`, plus every hover read. */
export const checkHovers = (ts, project, fileName = 'hover-consumer.mts') => {
  const path = join(project, fileName)
  writeFileSync(path, HOVER_CONSUMER)
  const options = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts'],
    types: [],
  }
  const host = {
    getScriptFileNames: () => [path],
    getScriptVersion: () => '1',
    getScriptSnapshot: (file) => {
      const text = ts.sys.readFile(file)
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text)
    },
    getCurrentDirectory: () => project,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  }
  const service = ts.createLanguageService(host, ts.createDocumentRegistry())
  const errors = service
    .getSemanticDiagnostics(path)
    .concat(service.getSyntacticDiagnostics(path))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
  const hovers = []
  for (const marker of HOVER_CONSUMER.matchAll(/\/\*@(\w+)\*\//g)) {
    const position = marker.index + marker[0].length
    const line = HOVER_CONSUMER.slice(0, position).split('\n').length
    const info = service.getQuickInfoAtPosition(path, position)
    const shown = info === undefined ? '(no quick info)' : ts.displayPartsToString(info.displayParts)
    const colon = shown.indexOf(': ')
    const type = colon === -1 ? shown : shown.slice(colon + 2)
    const expected = marker[1]
    const ok = new RegExp(`\\b${expected}\\b`).test(type) && !INTERNALS.test(shown)
    hovers.push({ line, expected, shown, ok })
  }
  // A codec and its type share a name: the hover of the name shows their doc once.
  for (const marker of HOVER_CONSUMER.matchAll(/\/\*#\*\/(\w+)/g)) {
    const position = marker.index + marker[0].length - marker[1].length
    const line = HOVER_CONSUMER.slice(0, position).split('\n').length
    const info = service.getQuickInfoAtPosition(path, position)
    const doc = ts.displayPartsToString(info?.documentation ?? [])
    const examples = (info?.tags ?? []).filter((tag) => tag.name === 'example').length
    const opening = doc.slice(0, 40)
    const once = opening.length > 0 && doc.split(opening).length === 2 && examples === 1
    const shown = `${doc}\n(${examples} @example)`
    hovers.push({ line, expected: `${marker[1]}: one doc, one @example`, shown, ok: once })
  }
  return { errors, hovers }
}
