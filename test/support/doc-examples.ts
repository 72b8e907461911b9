// The `@example` blocks of the TSDoc comments under src/, as the doc test compiles and runs them.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export const ROOT = join(__dirname, '..', '..')

/** One `@example` block of a doc comment. */
export interface DocExample {
  /** The source file, relative to the repository root, with `/` separators. */
  readonly file: string
  /** The name declared after the comment (`parseCallback`, `ParseOptions.maxBytes` reads as `maxBytes`). */
  readonly symbol: string
  /** The 1-based line of the file where the example's code starts. */
  readonly line: number
  /** The code: the block's text without the ` * ` prefixes (the fenced blocks' content when it has fences). */
  readonly code: string
}

/** The `.ts` files under `dir` (relative to the root), sorted, with `/` separators. */
export const sourceFiles = (dir: string): ReadonlyArray<string> =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) =>
      relative(ROOT, join(ROOT, dir, name))
        .split(sep)
        .join('/'),
    )
    .sort()

const DECLARED =
  /^(?:export\s+)?(?:declare\s+)?(?:default\s+)?(?:abstract\s+)?(?:async\s+)?(?:const|let|var|function\*?|type|interface|class|enum|namespace)\s+([\w$]+)/
const MEMBER = /^(?:readonly\s+)?(?:static\s+)?([\w$]+)\??\s*[:(<]/

/** The name the code after a comment declares, or `(unknown)`. */
const symbolAfter = (rest: string): string => {
  const next = rest.trimStart()
  return DECLARED.exec(next)?.[1] ?? MEMBER.exec(next)?.[1] ?? '(unknown)'
}

/** A comment line without its leading ` * ` (one space after the star is the prefix; more is indentation). */
const stripPrefix = (line: string): string => line.replace(/^\s*\*(?: |$)/, '')

/** The code of an example's lines: the content of its ``` fences when it has any, else all of it. */
const codeOf = (lines: ReadonlyArray<string>): ReadonlyArray<string> => {
  if (!lines.some((l) => l.trimStart().startsWith('```'))) return lines
  const code: string[] = []
  let inside = false
  for (const l of lines) {
    const fence = l.trimStart().startsWith('```')
    if (fence) inside = !inside
    // The fences and the prose outside them are blanked, so that line numbers still match.
    code.push(inside && !fence ? l : '')
  }
  return code
}

/** Every `@example` block of the doc comments in `text`, the source of `file`. */
export const examplesIn = (file: string, text: string): ReadonlyArray<DocExample> => {
  const found: DocExample[] = []
  const comment = /\/\*\*([\s\S]*?)\*\//g
  for (let m = comment.exec(text); m !== null; m = comment.exec(text)) {
    const body = m[1] ?? ''
    if (!body.includes('@example')) continue
    const symbol = symbolAfter(text.slice(m.index + m[0].length))
    const firstLine = text.slice(0, m.index).split('\n').length
    const lines = body.split('\n').map(stripPrefix)
    for (let i = 0; i < lines.length; i++) {
      const tag = /^\s*@example\b(.*)$/.exec(lines[i] ?? '')
      if (tag === null) continue
      // TSDoc: the text on the tag's own line is the example's title, not code.
      let end = i + 1
      while (end < lines.length && !/^\s*@\w/.test(lines[end] ?? '')) end++
      const block = lines.slice(i + 1, end)
      while (block.length > 0 && (block[block.length - 1] ?? '').trim() === '') block.pop()
      found.push({ file, symbol, line: firstLine + i + 1, code: codeOf(block).join('\n') + '\n' })
      i = end - 1
    }
  }
  return found
}

/** Every `@example` block of the files under `dir`. */
export const docExamples = (dir = 'src'): ReadonlyArray<DocExample> =>
  sourceFiles(dir).flatMap((file) => examplesIn(file, readFileSync(join(ROOT, file), 'utf8')))

/**
 * What a trailing comment after an expression says it is: a value (`// true`, `// 400`, `// 'text'`,
 * `// { line: 2, column: 1 }`), or an Either's side (`// Right(…)`, `// Left(…)`) with, when the
 * text in the parentheses is an expression, the value on that side. `code` is that expression's text.
 */
export type Claim =
  | { readonly kind: 'value'; readonly code: string }
  | { readonly kind: 'Right' | 'Left'; readonly code: string | undefined }

const SCALAR = /^(true|false|null|undefined|-?\d+(?:\.\d+)?|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")(?=$|[\s:,;(—–])/
const SIDE = /^(Right|Left)\b/
const CLOSE: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' }

/** The text from an opening bracket at `text[0]` to its match, quotes respected; undefined if unmatched. */
const bracketed = (text: string): string | undefined => {
  const stack: string[] = []
  let quote: string | undefined
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i)
    if (quote !== undefined) {
      if (c === '\\') i++
      else if (c === quote) quote = undefined
    } else if (c === "'" || c === '"' || c === '`') quote = c
    else if (CLOSE[c] !== undefined) stack.push(CLOSE[c] ?? '')
    else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return undefined
      if (stack.length === 0) return text.slice(0, i + 1)
    }
  }
  return undefined
}

/**
 * The claim a comment's text makes, if it makes one this test can check. `isExpression` says
 * whether a text parses as one JavaScript expression (`…` in it, say, does not).
 */
export const claimOf = (comment: string, isExpression: (code: string) => boolean): Claim | undefined => {
  const text = comment.replace(/^\/\/\s*/, '')
  const scalar = SCALAR.exec(text)?.[1]
  if (scalar !== undefined) return { kind: 'value', code: scalar }
  if (text.startsWith('{') || text.startsWith('[')) {
    const code = bracketed(text)
    return code !== undefined && isExpression(code) ? { kind: 'value', code } : undefined
  }
  const side = SIDE.exec(text)?.[1]
  if (side !== 'Right' && side !== 'Left') return undefined
  const inner = bracketed(text.slice(side.length))?.slice(1, -1)
  return { kind: side, code: inner !== undefined && isExpression(inner) ? inner : undefined }
}
