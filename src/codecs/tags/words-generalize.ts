import * as t from 'io-ts'
import { IntegerFromWire } from '../kit/scalars'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const WordsGeneralizeC = partial(
  {
    /** Named-entity recognition method: `DL` (deep learning) or `NER`. */
    NerMethod: t.string,
    /** Segmentation method: `MIX` (mixed granularity) or `BASIC` (basic granularity). */
    SegMethod: t.string,
  },
  'WordsGeneralize',
)
/**
 * `Operation.WordsGeneralize`: the word-segmentation parameters echoed from the request.
 *
 * @example
 * import { WordsGeneralize } from 'tencent-ci-callback/codecs'
 * WordsGeneralize.is({ NerMethod: 'DL', SegMethod: 'MIX' }) // true
 */
export interface WordsGeneralize extends t.TypeOf<typeof WordsGeneralizeC> {}
/** `WordsGeneralize` as it is on the wire. */
export interface WordsGeneralizeWire extends t.OutputOf<typeof WordsGeneralizeC> {}
export const WordsGeneralize: t.Type<WordsGeneralize, WordsGeneralizeWire> = WordsGeneralizeC

const WordsGeneralizeLabelC = partial(
  {
    /** Entity category, e.g. `Mobility`. */
    Category: t.string,
    /** The entity. */
    Word: t.string,
  },
  'WordsGeneralizeLabel',
)
/**
 * One named entity found (`WordsGeneralizeLable[i]`, Tencent's spelling of "label").
 *
 * @example
 * import { WordsGeneralizeLabel } from 'tencent-ci-callback/codecs'
 * WordsGeneralizeLabel.is({ Category: 'Mobility', Word: 'Taxi' }) // true
 */
export interface WordsGeneralizeLabel extends t.TypeOf<typeof WordsGeneralizeLabelC> {}
/** `WordsGeneralizeLabel` as it is on the wire. */
export interface WordsGeneralizeLabelWire extends t.OutputOf<typeof WordsGeneralizeLabelC> {}
export const WordsGeneralizeLabel: t.Type<WordsGeneralizeLabel, WordsGeneralizeLabelWire> = WordsGeneralizeLabelC

const WordsGeneralizeTokenC = partial(
  {
    /** Length of the token, characters. */
    Length: IntegerFromWire,
    /** Position of the token in the text, characters from 0. */
    Offset: IntegerFromWire,
    /** Part of speech, e.g. `n`, `v`, `t`, `nx`, `q`. */
    Pos: t.string,
    /** The token. */
    Word: t.string,
  },
  'WordsGeneralizeToken',
)
/**
 * One token of the segmented text (`WordsGeneralizeToken[i]`).
 *
 * @example
 * import { WordsGeneralizeToken } from 'tencent-ci-callback/codecs'
 * WordsGeneralizeToken.decode({ Length: '2', Offset: '0', Pos: 't', Word: 'Today' }) // Right({ Length: 2, Offset: 0, … })
 */
export interface WordsGeneralizeToken extends t.TypeOf<typeof WordsGeneralizeTokenC> {}
/** `WordsGeneralizeToken` as it is on the wire. */
export interface WordsGeneralizeTokenWire extends t.OutputOf<typeof WordsGeneralizeTokenC> {}
export const WordsGeneralizeToken: t.Type<WordsGeneralizeToken, WordsGeneralizeTokenWire> = WordsGeneralizeTokenC

const WordsGeneralizeResultC = partial(
  {
    /** Named entities found (sic: "Lable" is Tencent's spelling); always a list. */
    WordsGeneralizeLable: t.array(WordsGeneralizeLabel),
    /** Tokens of the text, in order; always a list. */
    WordsGeneralizeToken: t.array(WordsGeneralizeToken),
  },
  'WordsGeneralizeResult',
)
/**
 * `Operation.WordsGeneralizeResult`: entities and tokens. `WordsGeneralizeLable` is Tencent's
 * wire name (sic), kept as sent.
 *
 * @example
 * import { WordsGeneralizeResult } from 'tencent-ci-callback/codecs'
 * WordsGeneralizeResult.decode({ WordsGeneralizeLable: [{ Category: 'Mobility', Word: 'Taxi' }] })
 */
export interface WordsGeneralizeResult extends t.TypeOf<typeof WordsGeneralizeResultC> {}
/** `WordsGeneralizeResult` as it is on the wire. */
export interface WordsGeneralizeResultWire extends t.OutputOf<typeof WordsGeneralizeResultC> {}
export const WordsGeneralizeResult: t.Type<WordsGeneralizeResult, WordsGeneralizeResultWire> = WordsGeneralizeResultC

const WordsGeneralizeOperationC = jobOperation('WordsGeneralizeOperation', {
  /** The segmentation parameters. */
  WordsGeneralize: WordsGeneralize,
  /** Entities and tokens found. */
  WordsGeneralizeResult: WordsGeneralizeResult,
})

/**
 * `Operation` of a WordsGeneralize job: the shared nodes plus `WordsGeneralize` and
 * `WordsGeneralizeResult`.
 *
 * @example
 * import { WordsGeneralizeOperation } from 'tencent-ci-callback/codecs'
 * WordsGeneralizeOperation.decode({ WordsGeneralize: { NerMethod: 'DL' } })
 */
export interface WordsGeneralizeOperation extends t.TypeOf<typeof WordsGeneralizeOperationC> {}
/** `WordsGeneralizeOperation` as it is on the wire. */
export interface WordsGeneralizeOperationWire extends t.OutputOf<typeof WordsGeneralizeOperationC> {}
export const WordsGeneralizeOperation: t.Type<WordsGeneralizeOperation, WordsGeneralizeOperationWire> =
  WordsGeneralizeOperationC

/**
 * A finished WordsGeneralize (word segmentation and entity recognition) job. Tencent also
 * documents bodies of this job without a `Tag`; this codec decodes those once a `Tag` is known.
 *
 * @example
 * import { WordsGeneralizeJob } from 'tencent-ci-callback/codecs'
 * WordsGeneralizeJob.decode({ Tag: 'WordsGeneralize', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'WordsGeneralize', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface WordsGeneralizeJob extends Job<'WordsGeneralize', WordsGeneralizeOperation> {}
/** `WordsGeneralizeJob` as it is on the wire. */
export interface WordsGeneralizeJobWire extends JobWire<'WordsGeneralize', WordsGeneralizeOperationWire> {}
export const WordsGeneralizeJob: JobCodec<WordsGeneralizeJob, WordsGeneralizeJobWire> = defineJob(
  'WordsGeneralize',
  WordsGeneralizeOperation,
  {
    resultNode: 'WordsGeneralizeResult',
  },
)
