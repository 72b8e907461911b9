import * as t from 'io-ts'
import { partial } from '../kit/partial'

const AIGCMetadataC = partial(
  {
    /** The generated-content label: whether the content is, may be or is suspected to be AI-generated. */
    Label: t.string,
    /** Name or code of the service that generated the content. */
    ContentProducer: t.string,
    /** That service's ID for this content (placeholders such as `${InputName}` kept verbatim). */
    ProduceID: t.string,
    /** Reserved field 1 (producer side), text. */
    ReservedCode1: t.string,
    /** Name or code of the service that propagates the content. */
    ContentPropagator: t.string,
    /** That propagator's ID for this content. */
    PropagateID: t.string,
    /** Reserved field 2 (propagator side), text. */
    ReservedCode2: t.string,
  },
  'AIGCMetadata',
)
/**
 * `AIGCMetadata`: the AI-generated-content marking written into an output (China's labelling rules),
 * echoed from the request. Used by DocAIGCMetadata (`Operation.DocAIGCMetadata.AIGCMetadata`) and, in
 * the Go SDK, by Segment, `TransConfig` and `PicProcessResult`. Every field is text (printable ASCII,
 * up to 2048 characters); `ProduceID` and `PropagateID` may hold `${InputName}`-style placeholders,
 * kept verbatim.
 *
 * @example
 * import { AIGCMetadata } from 'tencent-ci-callback/codecs'
 * AIGCMetadata.is({ Label: '1', ContentProducer: 'AIGC-Bqwdvi-1584' }) // true
 */
export interface AIGCMetadata extends t.TypeOf<typeof AIGCMetadataC> {}
/** `AIGCMetadata` as it is on the wire. */
export interface AIGCMetadataWire extends t.OutputOf<typeof AIGCMetadataC> {}
export const AIGCMetadata: t.Type<AIGCMetadata, AIGCMetadataWire, unknown> = AIGCMetadataC
