// The document and file Tags of the `tencent-ci-callback/codecs` entry: each Tag's job, operation and result
// nodes (codecs, each sharing its name with its static type) and their wire types.

export {
  DocProcessJob,
  DocProcessOperation,
  DocProcess,
  DocProcessPageInfo,
  DocProcessWatermarkInfo,
  DocProcessResult,
  type DocProcessJobWire,
  type DocProcessOperationWire,
  type DocProcessWire,
  type DocProcessResultWire,
  type DocProcessPageInfoWire,
  type DocProcessWatermarkInfoWire,
} from './doc-process'
export {
  FileCompressJob,
  FileCompressOperation,
  FileCompressPrefixConfig,
  FileCompressKeyConfig,
  FileCompressConfig,
  FileCompressErrorDetail,
  FileCompressResult,
  type FileCompressJobWire,
  type FileCompressOperationWire,
  type FileCompressPrefixConfigWire,
  type FileCompressKeyConfigWire,
  type FileCompressConfigWire,
  type FileCompressErrorDetailWire,
  type FileCompressResultWire,
} from './file-compress'
export {
  FileUncompressJob,
  FileUncompressOperation,
  FileUncompressDownloadConfig,
  FileUncompressConfig,
  FileUncompressResult,
  type FileUncompressJobWire,
  type FileUncompressOperationWire,
  type FileUncompressDownloadConfigWire,
  type FileUncompressConfigWire,
  type FileUncompressResultWire,
} from './file-uncompress'
export {
  FileHashCodeJob,
  FileHashCodeOperation,
  FileHashCodeConfig,
  FileHashCodeResult,
  type FileHashCodeJobWire,
  type FileHashCodeOperationWire,
  type FileHashCodeConfigWire,
  type FileHashCodeResultWire,
} from './file-hash-code'
export {
  DocWatermarkJob,
  DocWatermarkOperation,
  DocWatermark,
  DocWatermarkResult,
  type DocWatermarkJobWire,
  type DocWatermarkOperationWire,
  type DocWatermarkWire,
  type DocWatermarkResultWire,
} from './doc-watermark'
export {
  DocAIGCMetadataJob,
  DocAIGCMetadataOperation,
  DocAIGCMetadata,
  type DocAIGCMetadataJobWire,
  type DocAIGCMetadataOperationWire,
  type DocAIGCMetadataWire,
} from './doc-aigc-metadata'
