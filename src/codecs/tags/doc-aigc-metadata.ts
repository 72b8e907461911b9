import * as t from 'io-ts'
import { AIGCMetadata } from '../nodes/aigc-metadata'
import { echoedOutput } from '../../job-helpers/job-output'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const DocAIGCMetadataC = partial(
  {
    /** The marking written. */
    AIGCMetadata: AIGCMetadata,
  },
  'DocAIGCMetadata',
)
/**
 * `Operation.DocAIGCMetadata`: the AI-generated-content marking written into the document. Sparse
 * sources (Go SDK example, Java SDK model): `AIGCMetadata` is typed, anything else passes through.
 *
 * @example
 * import { DocAIGCMetadata } from 'tencent-ci-callback/codecs'
 * DocAIGCMetadata.is({ AIGCMetadata: { Label: '1', ProduceID: 'CI-2025-${InputName}' } }) // true
 */
export interface DocAIGCMetadata extends t.TypeOf<typeof DocAIGCMetadataC> {}
/** `DocAIGCMetadata` as it is on the wire. */
export interface DocAIGCMetadataWire extends t.OutputOf<typeof DocAIGCMetadataC> {}
export const DocAIGCMetadata: t.Type<DocAIGCMetadata, DocAIGCMetadataWire> = DocAIGCMetadataC

const DocAIGCMetadataOperationC = jobOperation('DocAIGCMetadataOperation', {
  /** The marking written into the document. */
  DocAIGCMetadata: DocAIGCMetadata,
})

/**
 * `Operation` of a DocAIGCMetadata job: the shared nodes plus `DocAIGCMetadata`. The marked document is
 * at `Output.Object`. Sparse sources (SDK models only): unknown fields pass through.
 *
 * @example
 * import { DocAIGCMetadataOperation } from 'tencent-ci-callback/codecs'
 * DocAIGCMetadataOperation.decode({ DocAIGCMetadata: { AIGCMetadata: { Label: '1' } } }) // Right(…)
 */
export interface DocAIGCMetadataOperation extends t.TypeOf<typeof DocAIGCMetadataOperationC> {}
/** `DocAIGCMetadataOperation` as it is on the wire. */
export interface DocAIGCMetadataOperationWire extends t.OutputOf<typeof DocAIGCMetadataOperationC> {}
export const DocAIGCMetadataOperation: t.Type<DocAIGCMetadataOperation, DocAIGCMetadataOperationWire> =
  DocAIGCMetadataOperationC

/**
 * A finished DocAIGCMetadata (document AIGC marking) job, as `JobsDetail` carries it.
 *
 * @example
 * import { DocAIGCMetadataJob } from 'tencent-ci-callback/codecs'
 * DocAIGCMetadataJob.decode({ Tag: 'DocAIGCMetadata', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'DocAIGCMetadata', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface DocAIGCMetadataJob extends Job<'DocAIGCMetadata', DocAIGCMetadataOperation> {}
/** `DocAIGCMetadataJob` as it is on the wire. */
export interface DocAIGCMetadataJobWire extends JobWire<'DocAIGCMetadata', DocAIGCMetadataOperationWire> {}
export const DocAIGCMetadataJob: JobCodec<DocAIGCMetadataJob, DocAIGCMetadataJobWire> = defineJob(
  'DocAIGCMetadata',
  DocAIGCMetadataOperation,
  {
    outputs: echoedOutput,
  },
)
