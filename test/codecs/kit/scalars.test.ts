import * as scalars from '../../../src/codecs/kit/scalars'
import { alias } from '../../../src/codecs/kit/scalar-codec'
import { formatTencentTime, parseTencentTime } from '../../../src/codecs/kit/tencent-time'
import { DateFromTencentTime, DateOrUnsetFromTencentTime } from '../../../src/codecs/kit/times'
import { BooleanFromWire } from '../../../src/codecs/kit/wire-booleans'
import { IntegerFromWire, NumberFromWire } from '../../../src/codecs/kit/wire-numbers'

describe('scalars', () => {
  it('re-exports each scalar from its own module, and nothing else', () => {
    expect(scalars).toStrictEqual({
      alias,
      formatTencentTime,
      parseTencentTime,
      DateFromTencentTime,
      DateOrUnsetFromTencentTime,
      IntegerFromWire,
      NumberFromWire,
      BooleanFromWire,
    })
  })
})
