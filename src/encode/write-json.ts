import { UNSET } from './wire-value'

/**
 * Writes a wire tree as Tencent's JSON: the tree as it is (strings stay strings; real JSON
 * numbers and booleans, as moderation callbacks send them, stay numbers and booleans), lists as
 * arrays, an unset time as `"-"`, four-space indentation as in Tencent's samples.
 */
export const writeJson = (tree: unknown): string =>
  `${JSON.stringify(tree, (_key, value: unknown) => (value === undefined ? UNSET : value), 4)}\n`
