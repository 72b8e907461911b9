import * as t from 'io-ts'
import { defineJob, jobOperation, type JobCodec } from './define-job'
import { partial } from '../kit/partial'

/**
 * `Operation.Translation`: the translation parameters echoed from the request. The translated
 * document is written to `Operation.Output.Object`; the callback carries no result node.
 *
 * @example
 * import { Translation } from 'tencent-ci-callback/codecs'
 * Translation.is({ Lang: 'en', Type: 'txt' }) // true
 */
export const Translation = partial(
  {
    /** Target language, e.g. `zh`, `en`. */
    Lang: t.string,
    /** Document type of the output, e.g. `txt`, `pdf`, `docx`. */
    Type: t.string,
  },
  'Translation',
)
/** The static type of the `Translation` codec. */
export type Translation = t.TypeOf<typeof Translation>

const TranslationOperationC = jobOperation('TranslationOperation', {
  /** The translation parameters. */
  Translation: Translation,
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
/**
 * The io-ts codec for `TranslationOperation`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { TranslationOperation } from 'tencent-ci-callback/codecs'
 * TranslationOperation.decode({ Translation: { Lang: 'en', Type: 'txt' } })
 */
export const TranslationOperation: t.Type<TranslationOperation, TranslationOperationWire, unknown> =
  TranslationOperationC

const TranslationJobC = defineJob('Translation', TranslationOperation)

/**
 * A finished Translation (document translation) job.
 *
 * @example
 * import { TranslationJob } from 'tencent-ci-callback'
 * // job.Tag === 'Translation': job.Operation.Output?.Object is the translated document
 */
export interface TranslationJob extends t.TypeOf<typeof TranslationJobC> {}
/** `TranslationJob` as it is on the wire. */
export interface TranslationJobWire extends t.OutputOf<typeof TranslationJobC> {}
/**
 * The io-ts codec for `TranslationJob`: decodes the normalised wire form, encodes back to it.
 *
 * @example
 * import { TranslationJob } from 'tencent-ci-callback/codecs'
 * TranslationJob.is(job) // true for a decoded Translation job
 */
export const TranslationJob: JobCodec<'Translation', TranslationJob, TranslationJobWire> = TranslationJobC
