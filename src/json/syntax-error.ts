type State = 'value' | 'valueOrEnd' | 'keyOrEnd' | 'key' | 'colon' | 'after'

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const HEX4 = /^[0-9a-fA-F]{4}$/
const ESCAPES = '"\\/bfnrt'
const LITERALS = ['true', 'false', 'null'] as const

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r'

/** End of the string starting at `i` (a `"`), or the negative of 1 + the offset of its first error. */
const scanString = (text: string, i: number): number => {
  let j = i + 1
  while (j < text.length) {
    const c = text.charCodeAt(j)
    if (c === 0x22) return j + 1
    if (c < 0x20) return -(j + 1)
    if (c === 0x5c) {
      const e = text[j + 1]
      if (e === 'u') {
        if (!HEX4.test(text.slice(j + 2, j + 6))) return -(j + 1)
        j += 6
      } else if (e !== undefined && ESCAPES.includes(e)) j += 2
      else return -(j + 1)
    } else j += 1
  }
  return -(text.length + 1)
}

/**
 * Offset of the first character that makes `text` invalid JSON (RFC 8259), or -1 if it is valid.
 * Engines word `JSON.parse` errors differently and do not always say where; this says where,
 * iteratively, so it costs a loop at any depth.
 */
export const jsonSyntaxErrorAt = (text: string): number => {
  const stack: Array<'{' | '['> = []
  let state: State = 'value'
  let i = 0
  for (;;) {
    while (isBlank(text[i])) i++
    if (i >= text.length) return state === 'after' && stack.length === 0 ? -1 : text.length
    const c = text[i]
    switch (state) {
      case 'valueOrEnd':
      case 'keyOrEnd':
        if (c === (state === 'valueOrEnd' ? ']' : '}')) {
          stack.pop()
          i += 1
          state = 'after'
        } else state = state === 'valueOrEnd' ? 'value' : 'key'
        break
      case 'value': {
        if (c === '{' || c === '[') {
          stack.push(c)
          i += 1
          state = c === '{' ? 'keyOrEnd' : 'valueOrEnd'
          break
        }
        if (c === '"') {
          const end = scanString(text, i)
          if (end < 0) return -end - 1
          i = end
          state = 'after'
          break
        }
        const literal = LITERALS.find((word) => text.startsWith(word, i))
        NUMBER.lastIndex = i
        const number = NUMBER.exec(text)
        const length = literal?.length ?? number?.[0].length ?? 0
        if (length === 0) return i
        i += length
        state = 'after'
        break
      }
      case 'key': {
        if (c !== '"') return i
        const end = scanString(text, i)
        if (end < 0) return -end - 1
        i = end
        state = 'colon'
        break
      }
      case 'colon':
        if (c !== ':') return i
        i += 1
        state = 'value'
        break
      case 'after': {
        const top = stack[stack.length - 1]
        if (top === undefined) return i
        if (c === ',') {
          i += 1
          state = top === '{' ? 'key' : 'value'
        } else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
          stack.pop()
          i += 1
        } else return i
        break
      }
    }
  }
}
