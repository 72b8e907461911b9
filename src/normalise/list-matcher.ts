import { LIST_FIELDS } from './list-fields'
import { suffixMatcher } from './suffix-matcher'

/**
 * True when the element `name`, inside the elements `parents` (outermost first, no indices),
 * is a list (`LIST_FIELDS`).
 */
export const isListField: (parents: ReadonlyArray<string>, name: string) => boolean = suffixMatcher(LIST_FIELDS)
