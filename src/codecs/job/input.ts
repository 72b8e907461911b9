import * as t from 'io-ts'
import { CosHeaders } from './cos-headers'
import { partial } from '../kit/partial'

const InputC = partial(
  {
    /** Bucket of the input object, `name-appid` (the submit API calls it `Bucket`; callbacks say `BucketId`). */
    BucketId: t.string,
    /** Key of the input object, e.g. `input/demo.mp4`. */
    Object: t.string,
    /** COS region, e.g. `ap-chongqing`. */
    Region: t.string,
    /** Headers of the triggering object: only on workflow-triggered jobs. Always a list. */
    CosHeaders: CosHeaders,
    /** Input URL, for jobs that read a URL instead of a COS object. */
    Url: t.string,
  },
  'Input',
)

/**
 * `JobsDetail.Input`: the object the job read. Every field is optional on the wire
 * (URL inputs have no `Object`, some payloads send an empty `BucketId`); unknown fields pass through.
 *
 * @example
 * import { Input } from 'tencent-ci-callback/codecs'
 * Input.is({ BucketId: 'test-123456789', Object: 'input/demo.mp4', Region: 'ap-chongqing' }) // true
 */
export interface Input extends t.TypeOf<typeof InputC> {}
/** `Input` as it is on the wire. */
export interface InputWire extends t.OutputOf<typeof InputC> {}
export const Input: t.Type<Input, InputWire, unknown> = InputC
