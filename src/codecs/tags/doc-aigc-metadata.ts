import * as t from 'io-ts'
import { AIGCMetadata } from '../nodes/aigc-metadata'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.DocAIGCMetadata`: the AI-generated-content marking written into the document. Sparse
 * sources (Go SDK example, Java SDK model): `AIGCMetadata` is typed, anything else passes through.
 *
 * @example
 * import { DocAIGCMetadata } from 'tencent-ci-callback/codecs'
 * DocAIGCMetadata.is({ AIGCMetadata: { Label: '1', ProduceID: 'CI-2025-${InputName}' } }) // true
 */
export const DocAIGCMetadata = partial(
  {
    /** The marking written. */
    AIGCMetadata: AIGCMetadata,
  },
  'DocAIGCMetadata',
)
/** The static type of the `DocAIGCMetadata` codec. */
export type DocAIGCMetadata = t.TypeOf<typeof DocAIGCMetadata>

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
/**
 * The io-ts codec for `DocAIGCMetadataOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { DocAIGCMetadataOperation } from 'tencent-ci-callback/codecs'
 * DocAIGCMetadataOperation.decode({ DocAIGCMetadata: { AIGCMetadata: { Label: '1' } } }) // Right(…)
 */
export const DocAIGCMetadataOperation: t.Type<DocAIGCMetadataOperation, DocAIGCMetadataOperationWire, unknown> =
  DocAIGCMetadataOperationC

const DocAIGCMetadataJobC = defineJob('DocAIGCMetadata', DocAIGCMetadataOperation)

/**
 * A finished DocAIGCMetadata (document AIGC marking) job, as `JobsDetail` carries it.
 *
 * @example
 * import { DocAIGCMetadataJob } from 'tencent-ci-callback/codecs'
 * // DocAIGCMetadataJob.decode(tree) where tree is one normalised JobsDetail element
 */
export interface DocAIGCMetadataJob extends t.TypeOf<typeof DocAIGCMetadataJobC> {}
/** `DocAIGCMetadataJob` as it is on the wire. */
export interface DocAIGCMetadataJobWire extends t.OutputOf<typeof DocAIGCMetadataJobC> {}
/**
 * The io-ts codec for `DocAIGCMetadataJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { DocAIGCMetadataJob } from 'tencent-ci-callback/codecs'
 * DocAIGCMetadataJob.is(job) // true for a decoded DocAIGCMetadata job
 */
export const DocAIGCMetadataJob: JobCodec<'DocAIGCMetadata', DocAIGCMetadataJob, DocAIGCMetadataJobWire> =
  DocAIGCMetadataJobC
