import { RESULT_NODE_TAGS, type JobTag } from './registry'
import { isRawTree } from '../kit/raw-tree'
import { one } from '../kit/shape'

const has = (tree: object, key: string): boolean => Object.prototype.hasOwnProperty.call(tree, key)

/**
 * The Tag a job without `Tag` must have, from the one result node its `Operation` carries;
 * `undefined` when there is none, or several that disagree: a Tag is never invented.
 */
export const inferTag = (job: Readonly<Record<string, unknown>>): JobTag | undefined => {
  const operation = one(job['Operation'])
  if (!isRawTree(operation)) return undefined
  const tags = new Set(RESULT_NODE_TAGS.filter(([node]) => has(operation, node)).map(([, tag]) => tag))
  const [only] = tags
  return tags.size === 1 ? only : undefined
}
