/** One step of an issue path: a field name, or a list index. */
export type PathStep = string | number

/**
 * `JobsDetail[0].Input.CosHeaders[1].Key` → `['JobsDetail', 0, 'Input', 'CosHeaders', 1, 'Key']`.
 * The inverse of how `payload-issues` renders paths.
 */
export const pathSteps = (path: string): ReadonlyArray<PathStep> => {
  const steps: Array<PathStep> = []
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) steps.push(Number(match[2]))
    else if (match[1] !== undefined) steps.push(match[1])
  }
  return steps
}

/**
 * `['JobsDetail', 0, 'JobId']` → `JobsDetail[0].JobId`: the inverse of `pathSteps`.
 *
 * @example
 * renderPath(['JobsDetail', 0, 'JobId']) // 'JobsDetail[0].JobId'
 */
export const renderPath = (steps: ReadonlyArray<PathStep>): string => {
  let path = ''
  for (const step of steps) {
    if (typeof step === 'number') path += `[${step}]`
    else path += path === '' ? step : `.${step}`
  }
  return path
}
