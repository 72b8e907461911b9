/**
 * Deepest nesting of objects and arrays in a JSON text, in one iterative pass that skips
 * strings (with their escapes). Run before `JSON.parse`, so a hostile depth is refused early.
 */
export const jsonDepth = (text: string): number => {
  let depth = 0
  let max = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 0x5c) i += 1
      else if (c === 0x22) inString = false
    } else if (c === 0x22) inString = true
    else if (c === 0x7b || c === 0x5b) {
      depth += 1
      if (depth > max) max = depth
    } else if (c === 0x7d || c === 0x5d) depth -= 1
  }
  return max
}
