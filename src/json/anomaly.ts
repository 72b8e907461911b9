import type { PathStep } from '../locate/path-steps'
import { isBlankCode } from '../normalise/blank'

/** Something valid JSON allows that a callback must not carry. */
export interface JsonAnomaly {
  readonly problem: 'duplicate' | 'overflow' | 'underflow'
  /** Offset of the duplicate key, or of the number. */
  readonly offset: number
  /** The raw path to it: object keys and array indices as the text has them. */
  readonly steps: ReadonlyArray<PathStep>
  /** The key (decoded) or the number (as written). */
  readonly token: string
}

interface Frame {
  readonly isObject: boolean
  readonly keys: Set<string>
  step: PathStep
}

const stringEnd = (text: string, i: number): number => {
  let j = i + 1
  while (j < text.length) {
    const c = text.charCodeAt(j)
    if (c === 0x5c) j += 2
    else if (c === 0x22) return j + 1
    else j++
  }
  return text.length
}

const isDelimiter = (c: number): boolean => c === 0x2c || c === 0x7d || c === 0x5d || isBlankCode(c)

/** Does a JSON number token have a non-zero digit before its exponent? */
const hasNonZeroDigit = (token: string): boolean => {
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k)
    if (c === 0x65 || c === 0x45) return false
    if (c >= 0x31 && c <= 0x39) return true
  }
  return false
}

const numberProblem = (token: string): JsonAnomaly['problem'] | undefined => {
  const n = Number(token)
  if (!Number.isFinite(n)) return 'overflow'
  return n === 0 && hasNonZeroDigit(token) ? 'underflow' : undefined
}

/**
 * The first duplicate key, or number that `JSON.parse` rounds to ±Infinity or to 0, in a JSON text
 * known to be valid; `undefined` if there is none. The slow, locating pass: it runs only when the
 * fast counts (`scanJson`, the normaliser) say there is something to find. Iterative.
 */
export const findJsonAnomaly = (text: string): JsonAnomaly | undefined => {
  const stack: Array<Frame> = []
  let expectKey = false
  let i = 0
  const steps = (last?: PathStep): ReadonlyArray<PathStep> => {
    const path = stack.map((frame) => frame.step)
    if (last !== undefined) path[path.length - 1] = last
    return path
  }
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (isBlankCode(c) || c === 0x3a) {
      i++
      continue
    }
    const top = stack[stack.length - 1]
    if (c === 0x7b || c === 0x5b) {
      stack.push({ isObject: c === 0x7b, keys: new Set(), step: c === 0x7b ? '' : 0 })
      expectKey = c === 0x7b
      i++
    } else if (c === 0x7d || c === 0x5d) {
      stack.pop()
      expectKey = false
      i++
    } else if (c === 0x2c) {
      if (top !== undefined && !top.isObject && typeof top.step === 'number') top.step += 1
      expectKey = top?.isObject === true
      i++
    } else if (c === 0x22) {
      const end = stringEnd(text, i)
      if (expectKey && top !== undefined) {
        const parsed: unknown = JSON.parse(text.slice(i, end))
        const key = typeof parsed === 'string' ? parsed : ''
        if (top.keys.has(key)) return { problem: 'duplicate', offset: i, steps: steps(key), token: key }
        top.keys.add(key)
        top.step = key
        expectKey = false
      }
      i = end
    } else {
      const start = i
      while (i < text.length && !isDelimiter(text.charCodeAt(i))) i++
      if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
        const token = text.slice(start, i)
        const problem = numberProblem(token)
        if (problem !== undefined) return { problem, offset: start, steps: steps(), token }
      }
    }
  }
  return undefined
}
