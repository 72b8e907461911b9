import * as t from 'io-ts'
import { descriptionOf } from './codecs/kit/describe'
import { issueSentence, type PayloadIssue } from './errors'
import { stepsOf } from './graded/steps'
import { renderPath } from './locate/path-steps'
import { renderValue } from './render-value'

const isList = (type: t.Decoder<unknown, unknown>): boolean =>
  type instanceof t.ArrayType || type instanceof t.ReadonlyArrayType

/**
 * `JobsDetail[0].Input.BucketId`: the path a user would type, the same for XML and JSON, rendered
 * once from the context's steps (a step that hands the *same* value on is left out).
 */
export const pathOf = (context: t.Context): string => renderPath(stepsOf(context))

/** What a codec expects, in words. */
export const expectedOf = (type: t.Decoder<unknown, unknown>): string => {
  const described = descriptionOf(type)
  if (described !== undefined) return described
  if (type instanceof t.StringType) return 'text'
  if (type instanceof t.LiteralType) return JSON.stringify(type.value)
  if (type instanceof t.InterfaceType || type instanceof t.PartialType || type instanceof t.IntersectionType) {
    return 'an object'
  }
  if (isList(type)) return 'a list'
  return type.name
}

/** One io-ts error as a readable issue. */
export const toIssue = (error: t.ValidationError): PayloadIssue => {
  const last = error.context[error.context.length - 1]
  const expected = last === undefined ? 'a callback' : expectedOf(last.type)
  const received = renderValue(error.value)
  const message =
    error.message ?? (error.value === undefined ? 'Missing required field' : issueSentence(expected, received))
  return { path: renderPath(stepsOf(error.context)), expected, received, message }
}

/** io-ts errors → one readable issue per failing path, in the order io-ts found them. */
export const toPayloadIssues = (errors: t.Errors): ReadonlyArray<PayloadIssue> => {
  const seen = new Set<string>()
  const issues: Array<PayloadIssue> = []
  for (const error of errors) {
    const issue = toIssue(error)
    if (seen.has(issue.path)) continue
    seen.add(issue.path)
    issues.push(issue)
  }
  return issues
}
