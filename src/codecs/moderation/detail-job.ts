import * as t from 'io-ts'
import { JobState } from '../job/job-base'
import { CosHeaderMap, ModerationInteger, ModerationTime } from './numbers'
import { fastStruct } from '../kit/fast-struct'

/** Fields every moderation Detail `JobsDetail` has or may have (catalog.md §7.2). */
export const moderationJobProps = {
  required: {
    /** Job ID, exact text. */
    JobId: t.string,
  },
  optional: {
    /** `Success`, `Failed`, `Auditing` (live, incremental), `Submitted`, `Snapshoting` (video). */
    State: JobState,
    /** Error code when failed. */
    Code: t.string,
    /** Error text, only when failed. */
    Message: t.string,
    /** The caller's data ID from the request. */
    DataId: t.string,
    /** When the job was created (`2021-08-10T21:01:10+08:00`). */
    CreationTime: ModerationTime,
    /** Key of the object moderated. */
    Object: t.string,
    /** URL moderated, when it was a URL. */
    Url: t.string,
    /** Bucket of the object. */
    BucketId: t.string,
    /** COS region. */
    Region: t.string,
    /** `0` the object is untouched, `1` frozen, `2` moved, after the verdict. */
    ForbidState: ModerationInteger,
    /** Headers of the object: a map name → value. */
    CosHeaders: CosHeaderMap,
    /** Who posted the content, as the caller sent it (`TokenId`, `Nickname`, `DeviceId`, `IP`…). */
    UserInfo: t.record(t.string, t.unknown),
  },
}

/** A moderation Detail job codec from its kind-specific props (all optional on the wire). */
export const moderationJob = <P extends t.Props>(name: string, props: P) =>
  fastStruct(name, moderationJobProps.required, { ...moderationJobProps.optional, ...props })
