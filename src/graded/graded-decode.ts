import * as E from 'fp-ts/lib/Either.js'
import type * as t from 'io-ts'
import { showPath, type PayloadIssue } from '../errors'
import { locateIssues, type LocatedBody } from '../locate/locate-issues'
import { renderPath } from '../locate/path-steps'
import { toIssue } from '../payload-issues'
import type { DroppedField } from './dropped'
import { validateGraded } from './collector'
import { compareSteps, stepsOf, type DropUnit } from './steps'

const NO_UNITS: ReadonlyArray<DropUnit> = []

/**
 * Graded decoding: `codec` decodes `tree` in one pass, leaving out each value that fails an
 * optional field or a list item (other than a job). `undefined` when something that cannot be
 * left out fails: the callback is then refused, with every issue of a plain decode.
 */
export const gradedDecode = <A>(
  codec: t.Decoder<unknown, A>,
  tree: unknown,
): { readonly value: A; readonly units: ReadonlyArray<DropUnit> } | undefined => {
  const { result, drops } = validateGraded(codec, tree)
  if (E.isLeft(result)) return undefined
  if (drops.length === 0) return { value: result.right, units: NO_UNITS }
  const units = drops.map((drop) => ({ steps: stepsOf(drop.context), raw: drop.raw, error: drop.error }))
  return { value: result.right, units: units.sort((a, b) => compareSteps(a.steps, b.steps)) }
}

/**
 * Each unit left out as a `DroppedField`: the issue `'reject'` would report at the unit (saying
 * where inside it the failure was, when deeper), located in the body as issues are, and the raw value.
 */
export const droppedFields = (units: ReadonlyArray<DropUnit>, body: LocatedBody): ReadonlyArray<DroppedField> => {
  const issues = units.map((unit): PayloadIssue => {
    const issue = toIssue(unit.error)
    const path = renderPath(unit.steps)
    const message = issue.path === path ? issue.message : `${issue.message} (at ${showPath(issue.path)})`
    return { path, expected: issue.expected, received: issue.received, message }
  })
  return locateIssues(issues, body.text, body.format, body.raw, body.restore).map((issue, i): DroppedField => {
    const raw = units[i]?.raw
    const steps = units[i]?.steps ?? []
    const { path, expected, received, message, line, column } = issue
    // Built field by field rather than by a spread, which measured slower here.
    return line === undefined || column === undefined
      ? { path, expected, received, message, raw, steps }
      : { path, expected, received, message, line, column, raw, steps }
  })
}

/** `value` with `Dropped` set: a copy, so a codec's own result is never written to. */
export const withDropped = <A>(value: A, dropped: ReadonlyArray<DroppedField>): A =>
  Object.assign({}, value, { Dropped: dropped })
