import { expectTypeOf } from 'expect-type'
import type { CiCallback } from '../../src/codecs/envelope/callback'
import { withoutDelivery, type Delivery } from '../../src/delivery/delivery'
import { decodedCallbacks, runOver } from '../support/decoded'

const delivery: Delivery = {
  via: 'cmq',
  messageId: '6942316962',
  topic: 'MyTopic',
  subscription: 'mysubscription',
  publishTime: new Date('2024-05-20T08:03:11Z'),
}

describe('Delivery', () => {
  it('is an optional field of every CiCallback member', () => {
    expectTypeOf<CiCallback['Delivery']>().toEqualTypeOf<Delivery | undefined>()
    const check = (cb: CiCallback): void => {
      if (cb.EventName === 'TaskFinish' || cb.EventName === 'Unknown' || cb.EventName === 'TestRequest') {
        expectTypeOf(cb.Delivery).toEqualTypeOf<Delivery | undefined>()
      }
    }
    runOver(decodedCallbacks, check)
  })

  it('withoutDelivery copies a value without it, and returns a value without one as it is', () => {
    const callback = { EventName: 'Unknown', UnknownEventName: 'X', Raw: {}, Delivery: delivery } as const
    const stripped = withoutDelivery(callback)
    expect(stripped).toStrictEqual({ EventName: 'Unknown', UnknownEventName: 'X', Raw: {} })
    expect(callback.Delivery).toBe(delivery)
    const plain: { readonly EventName: string; readonly Delivery?: Delivery } = { EventName: 'Unknown' }
    expect(withoutDelivery(plain)).toBe(plain)
  })
})
