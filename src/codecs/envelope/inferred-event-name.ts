import * as t from 'io-ts'
import { isRawTree, withActual } from '../kit/raw-tree'

/** The decoded side of a callback whose `EventName` may have been inferred. */
export interface MayInferEventName<N extends string> {
  readonly EventName: N
  readonly EventNameInferred?: true
}

/**
 * Wraps a callback codec so that a body without `EventName` (Tencent's legacy callbacks) decodes
 * as `name`, with `EventNameInferred: true` recording that the name was not on the wire; encoding
 * such a value leaves `EventName` out again, so it goes back to the wire as it came.
 */
export const withInferredEventName = <
  N extends string,
  A extends MayInferEventName<N>,
  O extends { readonly EventName: N; readonly EventNameInferred?: true },
>(
  name: N,
  codec: t.Type<A, O, unknown>,
): t.Type<A, Omit<O, 'EventName' | 'EventNameInferred'> & { readonly EventName?: N }, unknown> =>
  new t.Type<A, Omit<O, 'EventName' | 'EventNameInferred'> & { readonly EventName?: N }, unknown>(
    codec.name,
    codec.is,
    (u, c) => {
      if (!isRawTree(u) || u['EventName'] !== undefined) return codec.validate(u, c)
      const amended = { ...u, EventName: name, EventNameInferred: true }
      return codec.validate(amended, withActual(c, amended))
    },
    (a) => {
      const { EventName: _name, EventNameInferred, ...wire } = codec.encode(a)
      return EventNameInferred === true ? wire : { EventName: name, ...wire }
    },
  )
