import * as t from 'io-ts'
import type { ResolvedOptions } from '../../options'
import { renderValue } from '../../render-value'
import { describe } from '../kit/describe'
import { alias } from '../kit/scalars'
import { isModerationKind, MODERATION_KINDS } from '../moderation/kinds'
import {
  DETAIL_CODECS,
  ReviewAudioDetail,
  ReviewDocumentDetail,
  ReviewHtmlDetail,
  ReviewImageDetail,
  ReviewTextDetail,
  ReviewVideoDetail,
  type ModerationDetailCallback,
} from '../moderation/detail'
import {
  ReviewAudioSimple,
  ReviewDocumentSimple,
  ReviewHtmlSimple,
  ReviewImageSimple,
  ReviewTextSimple,
  ReviewVideoSimple,
  SIMPLE_CODECS,
  type ModerationSimpleCallback,
} from '../moderation/simple'
import { ModerationTestRequest, isTestRequestMessage, type ModerationTestRequestWire } from '../moderation/test-request'
import { isRawTree, type RawTree } from '../kit/raw-tree'
import { one } from '../kit/shape'
import { StrictTaskFinishCallback, TaskFinishCallback, type TaskFinishCallbackWire } from './task-finish'
import { UnknownCallback } from './unknown-callback'
import {
  WorkflowFinishCallback,
  WorkflowStartCallback,
  type WorkflowFinishCallbackWire,
  type WorkflowStartCallbackWire,
} from './workflow-callback'
import { issueSentence } from '../../errors'

export { TaskFinishCallback, type TaskFinishCallbackWire } from './task-finish'

/**
 * Every `EventName` this version knows. A callback carrying another one decodes to an
 * `UnknownCallback` (or, with `unknown: 'reject'`, is an `InvalidPayload` at `EventName`).
 *
 * @example
 * import { EVENT_NAMES } from 'tencent-ci-callback'
 * EVENT_NAMES.includes('WorkflowFinish') // true
 */
export const EVENT_NAMES = ['TaskFinish', 'WorkflowFinish', 'WorkflowStart', ...MODERATION_KINDS] as const

/**
 * Any callback this library decodes: a union discriminated by `EventName`, which every member has.
 *
 * - `'TaskFinish'`: `TaskFinishCallback`, job results (`JobsDetail`, a list of jobs discriminated by `Tag`);
 * - `'WorkflowFinish'` / `'WorkflowStart'`: `WorkflowFinishCallback` / `WorkflowStartCallback` (`WorkflowExecution`);
 * - `'ReviewImage'`, `'ReviewText'`, `'ReviewAudio'`, `'ReviewVideo'`, `'ReviewDocument'`, `'ReviewHtml'`:
 *   content moderation, Detail (`JobsDetail`) or Simple (`data`), told apart by `ContentVersion`;
 * - `'TestRequest'`: `ModerationTestRequest`, the ping sent when a moderation callback URL is saved;
 * - `'Unknown'`: `UnknownCallback`, an event this version does not know (`UnknownEventName`, `Raw`).
 *
 * Legacy callbacks without `EventName` are `TaskFinish` / `WorkflowFinish` with `EventNameInferred: true`.
 *
 * @example
 * import type { CiCallback } from 'tencent-ci-callback'
 * const summary = (cb: CiCallback): string => {
 *   switch (cb.EventName) {
 *     case 'TaskFinish': return cb.JobsDetail.map((job) => job.JobId).join()
 *     case 'WorkflowFinish': return cb.WorkflowExecution.RunId
 *     default: return cb.EventName
 *   }
 * }
 */
export type CiCallback =
  | TaskFinishCallback
  | WorkflowFinishCallback
  | WorkflowStartCallback
  | ModerationDetailCallback
  | ModerationSimpleCallback
  | ModerationTestRequest
  | UnknownCallback

/** `CiCallback` as it is on the wire (normalised): the wire form of each member. */
export type CiCallbackWire =
  | TaskFinishCallbackWire
  | WorkflowFinishCallbackWire
  | WorkflowStartCallbackWire
  | t.OutputOf<typeof ReviewImageDetail>
  | t.OutputOf<typeof ReviewTextDetail>
  | t.OutputOf<typeof ReviewAudioDetail>
  | t.OutputOf<typeof ReviewVideoDetail>
  | t.OutputOf<typeof ReviewDocumentDetail>
  | t.OutputOf<typeof ReviewHtmlDetail>
  | t.OutputOf<typeof ReviewImageSimple>
  | t.OutputOf<typeof ReviewTextSimple>
  | t.OutputOf<typeof ReviewAudioSimple>
  | t.OutputOf<typeof ReviewVideoSimple>
  | t.OutputOf<typeof ReviewDocumentSimple>
  | t.OutputOf<typeof ReviewHtmlSimple>
  | ModerationTestRequestWire
  | RawTree

/**
 * Every member, for `is` and `encode` (io-ts picks the member whose `is` holds). Annotated, so its
 * declaration names the member types instead of spelling every one out.
 */
const Members: t.Type<CiCallback, CiCallbackWire, unknown> = t.union([
  TaskFinishCallback,
  WorkflowFinishCallback,
  WorkflowStartCallback,
  ReviewImageDetail,
  ReviewTextDetail,
  ReviewAudioDetail,
  ReviewVideoDetail,
  ReviewDocumentDetail,
  ReviewHtmlDetail,
  ReviewImageSimple,
  ReviewTextSimple,
  ReviewAudioSimple,
  ReviewVideoSimple,
  ReviewDocumentSimple,
  ReviewHtmlSimple,
  ModerationTestRequest,
  UnknownCallback,
])

const NAME_EXPECTED = `a known EventName (${EVENT_NAMES.slice(0, 4).join(', ')}, … ${EVENT_NAMES.length - 4} more)`
const NameField = alias('EventName', t.string, NAME_EXPECTED)

/** The part of the options the dispatch depends on. */
type Policy = Pick<ResolvedOptions, 'unknown' | 'contentVersion'>

const nameFailure = (name: unknown, c: t.Context, key = 'EventName'): t.Validation<CiCallback> =>
  t.failure(
    name,
    t.appendContext(c, key, NameField, name),
    name === undefined ? undefined : issueSentence(NAME_EXPECTED, renderValue(name)),
  )

/** A Simple body: `code` with `data` or `message`, and neither `EventName` nor a job or workflow node. */
const isSimpleShape = (u: RawTree): boolean =>
  u['code'] !== undefined && (u['data'] !== undefined || u['message'] !== undefined)

const versionMismatch = (
  policy: Policy,
  version: 'Simple' | 'Detail',
  u: RawTree,
  c: t.Context,
): t.Validation<CiCallback> | undefined =>
  policy.contentVersion === undefined || policy.contentVersion === version
    ? undefined
    : t.failure(
        u,
        c,
        `The X-Ci-Content-Version header says ${policy.contentVersion}, but the body is a ${version} moderation callback`,
      )

const simple = (u: RawTree, c: t.Context, policy: Policy): t.Validation<CiCallback> => {
  if (isTestRequestMessage(one(u['message']))) return ModerationTestRequest.validate(u, c)
  const mismatch = versionMismatch(policy, 'Simple', u, c)
  if (mismatch !== undefined) return mismatch
  const data = one(u['data'])
  const event = isRawTree(data) ? one(data['event']) : undefined
  if (isModerationKind(event)) return SIMPLE_CODECS[event].validate(u, c)
  if (typeof event === 'string' && policy.unknown !== 'reject') return UnknownCallback.validate(u, c)
  return nameFailure(event, t.appendContext(c, 'data', t.UnknownRecord, data), 'event')
}

const dispatch =
  (policy: Policy) =>
  (u: unknown, c: t.Context): t.Validation<CiCallback> => {
    if (!isRawTree(u)) return t.failure(u, c)
    const taskFinish = policy.unknown === 'reject' ? StrictTaskFinishCallback : TaskFinishCallback
    const name = one(u['EventName'])
    if (name === undefined) {
      // Legacy callbacks name no event: the node they carry says which one.
      if (u['JobsDetail'] !== undefined) return taskFinish.validate(u, c)
      if (u['WorkflowExecution'] !== undefined) return WorkflowFinishCallback.validate(u, c)
      if (isSimpleShape(u)) return simple(u, c, policy)
      return nameFailure(name, c)
    }
    if (name === 'TaskFinish') return taskFinish.validate(u, c)
    if (name === 'WorkflowFinish') return WorkflowFinishCallback.validate(u, c)
    if (name === 'WorkflowStart') return WorkflowStartCallback.validate(u, c)
    if (isModerationKind(name)) return versionMismatch(policy, 'Detail', u, c) ?? DETAIL_CODECS[name].validate(u, c)
    if (typeof name === 'string' && policy.unknown !== 'reject') return UnknownCallback.validate(u, c)
    return nameFailure(name, c)
  }

const build = (policy: Policy): t.Type<CiCallback, CiCallbackWire, unknown> =>
  describe(
    new t.Type<CiCallback, CiCallbackWire, unknown>('CiCallback', Members.is, dispatch(policy), Members.encode),
    'a Tencent CI callback object',
  )

/** One codec per policy, built once: equal options give the very same codec (and equal errors). */
const built = new Map<string, t.Type<CiCallback, CiCallbackWire, unknown>>()
const withoutVersion: {
  keep?: t.Type<CiCallback, CiCallbackWire, unknown>
  reject?: t.Type<CiCallback, CiCallbackWire, unknown>
} = {}

/**
 * The `CiCallback` codec for a set of options: `unknown: 'reject'` refuses unknown event names and
 * job Tags; `contentVersion` cross-checks a moderation body against its header.
 */
export const ciCallbackCodec = (policy: Policy): t.Type<CiCallback, CiCallbackWire, unknown> => {
  // The usual call (no contentVersion) builds no key string to look up.
  if (policy.contentVersion === undefined) {
    const reject = policy.unknown === 'reject'
    const known = reject ? withoutVersion.reject : withoutVersion.keep
    if (known !== undefined) return known
    const codec = build(policy)
    if (reject) withoutVersion.reject = codec
    else withoutVersion.keep = codec
    return codec
  }
  const key = `${policy.unknown ?? 'keep'}|${policy.contentVersion}`
  const cached = built.get(key)
  if (cached !== undefined) return cached
  const codec = build(policy)
  built.set(key, codec)
  return codec
}

export const CiCallback: t.Type<CiCallback, CiCallbackWire, unknown> = ciCallbackCodec({})
