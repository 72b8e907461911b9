import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { showPath } from '../errors'
import { asSent, locatePaths, type LocatedBody } from '../locate/locate-issues'
import { renderPath } from '../locate/path-steps'
import { toIssue } from '../payload-issues'
import type { DroppedField } from './dropped'
import { dropPlan, type DropUnit } from './plan'
import { prune } from './prune'

/** A decode that succeeded once the units were left out. */
export interface GradedDecode<A> {
  readonly value: A
  readonly units: ReadonlyArray<DropUnit>
}

/**
 * Graded decoding, after `codec` refused `tree` with `errors`: when every error lies in a unit
 * that may be left out (an optional field, a list item other than a job), decodes the tree without
 * those units. `undefined` when some error cannot be left out, or the pruned tree still fails:
 * the callback is then refused with every issue of the first decode.
 */
export const gradedDecode = <A>(
  codec: t.Decoder<unknown, A>,
  tree: unknown,
  errors: t.Errors,
): GradedDecode<A> | undefined => {
  const units = dropPlan(errors)
  if (units === undefined || units.length === 0) return undefined
  const again = codec.decode(prune(tree, units))
  return E.isRight(again) ? { value: again.right, units } : undefined
}

/** Each unit left out as a `DroppedField`: the issue `'reject'` would report, located in the body, and the raw value. */
export const droppedFields = (units: ReadonlyArray<DropUnit>, body: LocatedBody): ReadonlyArray<DroppedField> => {
  const places = locatePaths(
    units.map((unit) => unit.steps),
    body,
  )
  return units.map((unit, i) => {
    const issue = toIssue(unit.error)
    const path = renderPath(unit.steps)
    const message = issue.path === path ? issue.message : `${issue.message} (at ${showPath(issue.path)})`
    const place = places[i]
    // Built field by field, not by spreading the issue: V8 takes a slow path for that spread here.
    const field: DroppedField = {
      path,
      expected: issue.expected,
      received: issue.received,
      message,
      raw: unit.raw,
      steps: unit.steps,
    }
    if (place === undefined) return field
    const located = body.format === 'json' ? asSent(field, body.text, place.offset) : field
    return {
      path,
      expected: issue.expected,
      received: located.received,
      message: located.message,
      line: place.line,
      column: place.column,
      raw: unit.raw,
      steps: unit.steps,
    }
  })
}

/** `value` with `Dropped` set: a copy, so a codec's own result is never written to. */
export const withDropped = <A>(value: A, dropped: ReadonlyArray<DroppedField>): A =>
  Object.assign({}, value, { Dropped: dropped })
