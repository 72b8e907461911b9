import * as t from 'io-ts'
import { defineJob, jobOperation, type Job, type JobCodec, type JobWire } from './define-job'
import { partial } from '../kit/partial'

const TranslationC = partial(
  {
    /** Target language, e.g. `zh`, `en`. */
    Lang: t.string,
    /** Document type of the output, e.g. `txt`, `pdf`, `docx`. */
    Type: t.string,
  },
  'Translation',
)
/**
 * `Operation.Translation`: the translation parameters echoed from the request. The translated
 * document is written to `Operation.Output.Object`; the callback carries no result node.
 *
 * @example
 * import { Translation } from 'tencent-ci-callback/codecs'
 * Translation.is({ Lang: 'en', Type: 'txt' }) // true
 */
export interface Translation extends t.TypeOf<typeof TranslationC> {}
/** `Translation` as it is on the wire. */
export interface TranslationWire extends t.OutputOf<typeof TranslationC> {}
export const Translation: t.Type<Translation, TranslationWire> = TranslationC

const TranslationOperationC = jobOperation('TranslationOperation', {
  /** The translation parameters. */
  Translation: Translation,
  /**
   * The translation's result node (`Result`), which only the submit API documents: no callback sample
   * carries it, so it is kept as sent. A job sent without `Tag` that has it is a Translation job.
   */
  AITranslateResult: t.unknown,
})

/**
 * `Operation` of a Translation job: the shared nodes (`Output` says where the translation was
 * written) plus `Translation`. The source language and type are in `JobsDetail.Input`
 * (`Lang`, `Type`, `BasicType`, passed through).
 *
 * @example
 * import { TranslationOperation } from 'tencent-ci-callback/codecs'
 * TranslationOperation.decode({ Translation: { Lang: 'en' }, JobLevel: '0' })
 */
export interface TranslationOperation extends t.TypeOf<typeof TranslationOperationC> {}
/** `TranslationOperation` as it is on the wire. */
export interface TranslationOperationWire extends t.OutputOf<typeof TranslationOperationC> {}
export const TranslationOperation: t.Type<TranslationOperation, TranslationOperationWire> = TranslationOperationC

/**
 * A finished Translation (document translation) job.
 *
 * @example
 * import { TranslationJob } from 'tencent-ci-callback/codecs'
 * TranslationJob.decode({ Tag: 'Translation', JobId: 'j1', CreationTime: '2022-06-30T15:29:42+0800', Operation: {} })
 * // Right({ Tag: 'Translation', JobId: 'j1', CreationTime: Date(2022-06-30T07:29:42Z), Operation: {} })
 */
export interface TranslationJob extends Job<'Translation', TranslationOperation> {}
/** `TranslationJob` as it is on the wire. */
export interface TranslationJobWire extends JobWire<'Translation', TranslationOperationWire> {}
export const TranslationJob: JobCodec<TranslationJob, TranslationJobWire> = defineJob(
  'Translation',
  TranslationOperation,
  {
    resultNode: 'AITranslateResult',
  },
)
