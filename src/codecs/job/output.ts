import * as t from 'io-ts'
import { partial } from '../kit/partial'

const OutputC = partial(
  {
    /** Output region. */
    Region: t.string,
    /** Output bucket; may be empty on the wire, then absent. */
    Bucket: t.string,
    /** Output key template, placeholders unexpanded. */
    Object: t.string,
  },
  'Output',
)
/**
 * `Operation.Output`: where the job was told to write, echoed from the request. `Object` may hold
 * unexpanded placeholders (`${Number}`, `${number}`, `${ext}`, `${Page}`): the real keys are in
 * `MediaResult.OutputFile`.
 *
 * @example
 * import { Output } from 'tencent-ci-callback/codecs'
 * Output.is({ Region: 'ap-chongqing', Bucket: 'test-123456789', Object: 'output/smartcover-${Number}.jpg' }) // true
 */
export interface Output extends t.TypeOf<typeof OutputC> {}
// `optional` stays on the codec: Tags that write more objects spread `Output.optional` into their own `Output`.
/** `Output` as it is on the wire. */
export interface OutputWire extends t.OutputOf<typeof OutputC> {}
export const Output: t.Type<Output, OutputWire, unknown> & Pick<typeof OutputC, 'optional'> = OutputC
