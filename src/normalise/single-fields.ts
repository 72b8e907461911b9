/**
 * Elements that are one object, whatever the wire shows: the other way round from `LIST_FIELDS`.
 * Tencent's Go SDK models `JobsDetail.Workflow` as a list, so a JSON body built from it can carry
 * `"Workflow": [{ … }]`; a one-item list here is read as its item (a longer list is left as it is,
 * and the codec refuses it). Each entry is a path suffix, as in `LIST_FIELDS`.
 */
export const SINGLE_FIELDS: ReadonlyArray<string> = ['JobsDetail.Workflow']
