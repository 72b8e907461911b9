/** One step of an issue path: a field name, or a list index. */
export type PathStep = string | number

/** A key the dotted form can hold as it is: no dot, bracket, quote or space, and not empty. */
const PLAIN_KEY = /^[^.[\]"\s]+$/

/**
 * `JobsDetail[0].Input.CosHeaders[1].Key` → `['JobsDetail', 0, 'Input', 'CosHeaders', 1, 'Key']`;
 * a quoted step (`CosHeaders["x.y"]`) is one key. The inverse of `renderPath`.
 */
export const pathSteps = (path: string): ReadonlyArray<PathStep> => {
  const steps: Array<PathStep> = []
  for (const match of path.matchAll(/\[("(?:[^"\\]|\\.)*")\]|([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[1] !== undefined) {
      const key: unknown = JSON.parse(match[1])
      if (typeof key === 'string') steps.push(key)
    } else if (match[3] !== undefined) steps.push(Number(match[3]))
    else if (match[2] !== undefined) steps.push(match[2])
  }
  return steps
}

/**
 * `['JobsDetail', 0, 'JobId']` → `JobsDetail[0].JobId`: the inverse of `pathSteps`. A key the
 * dotted form cannot hold (a dot, a bracket, a space) is quoted: `CosHeaders["x.y"]`.
 */
export const renderPath = (steps: ReadonlyArray<PathStep>): string => {
  let path = ''
  for (const step of steps) {
    if (typeof step === 'number') path += `[${step}]`
    else if (!PLAIN_KEY.test(step)) path += `[${JSON.stringify(step)}]`
    else path += path === '' ? step : `.${step}`
  }
  return path
}
