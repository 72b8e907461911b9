import type { PathStep } from './path-steps'

/** Where a path leads in a JSON text: the offset of the deepest value reached, and how many steps it took. */
export interface Located {
  readonly offset: number
  readonly matched: number
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\r' || c === '\t'

/**
 * Finds the value a path names in a JSON text that is known to be valid. Tencent's one-or-many
 * rule applies: index 0 of something that is not an array is the thing itself. When the path
 * leads nowhere (a missing field) the deepest value reached is returned. It stops as soon as
 * the path is matched. Recursion is bounded by the depth limit checked before parsing.
 */
export const locateJson = (text: string, steps: ReadonlyArray<PathStep>): Located => {
  let i = 0
  const skipBlank = (): void => {
    while (isBlank(text[i])) i++
  }
  const skipString = (): void => {
    i++
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
    i++
  }
  const readKey = (): string => {
    const start = i
    skipString()
    const raw: unknown = JSON.parse(text.slice(start, i))
    return typeof raw === 'string' ? raw : ''
  }
  const skipValue = (): void => {
    skipBlank()
    const c = text[i]
    if (c === '"') return skipString()
    if (c !== '{' && c !== '[') {
      while (i < text.length && !',}]'.includes(text[i] ?? ',') && !isBlank(text[i])) i++
      return
    }
    let depth = 0
    do {
      const d = text[i]
      if (d === '"') {
        skipString()
        continue
      }
      if (d === '{' || d === '[') depth++
      else if (d === '}' || d === ']') depth--
      i++
    } while (depth > 0 && i < text.length)
  }
  /** At a value that steps[0..s) led to: go on matching steps[s..]. */
  const value = (s: number): Located => {
    skipBlank()
    let next = s
    if (typeof steps[next] === 'number' && text[i] !== '[') {
      if (steps[next] !== 0) {
        const reached = { offset: i, matched: s }
        skipValue()
        return reached
      }
      next++
    }
    const here: Located = { offset: i, matched: next }
    const step = steps[next]
    const open = text[i]
    if (step === undefined || (open !== '{' && open !== '[')) {
      skipValue()
      return here
    }
    i++
    for (let index = 0; ; index++) {
      skipBlank()
      if (text[i] === '}' || text[i] === ']' || i >= text.length) break
      if (open === '{') {
        const key = readKey()
        skipBlank()
        i++
        // Found: nothing after it is needed, so the search stops here (no pass to the end).
        if (key === step) return value(next + 1)
        skipValue()
      } else if (index === step) return value(next + 1)
      else skipValue()
      skipBlank()
      if (text[i] === ',') i++
    }
    i++
    return here
  }
  return value(0)
}
