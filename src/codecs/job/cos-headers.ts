import * as t from 'io-ts'
import { fastStruct } from '../kit/fast-struct'

const CosHeaderC = fastStruct(
  'CosHeader',
  {
    /** Header name, as sent: `Content-Type`, `x-cos-request-id`, `EventName`, `Size`. */
    Key: t.string,
  },
  {
    /** Header value, exact text (`Size` stays `"1424687"`); absent when empty. */
    Value: t.string,
  },
)
/**
 * One COS header of the object that triggered a workflow: `Content-Type`, `x-cos-meta-*`, and the
 * pseudo-headers `EventName` (`cos:ObjectCreated:Put`) and `Size`.
 *
 * @example
 * import { CosHeader } from 'tencent-ci-callback/codecs'
 * CosHeader.is({ Key: 'Content-Type', Value: 'video/mp4' }) // true
 */
export interface CosHeader extends t.TypeOf<typeof CosHeaderC> {}
/** `CosHeader` as it is on the wire. */
export interface CosHeaderWire extends t.OutputOf<typeof CosHeaderC> {}
export const CosHeader: t.Type<CosHeader, CosHeaderWire, unknown> = CosHeaderC

/**
 * The headers of the triggering object, always a list (one header or many): only on
 * workflow-triggered jobs.
 *
 * @example
 * import { CosHeaders } from 'tencent-ci-callback/codecs'
 * CosHeaders.is([{ Key: 'Size', Value: '1424687' }]) // true
 */
export const CosHeaders = t.array(CosHeader, 'CosHeaders')
export type CosHeaders = t.TypeOf<typeof CosHeaders>
