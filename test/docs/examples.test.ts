// Every `@example` of the doc comments under src/ is a program: it imports from the package name,
// type-checks as its own module under the project's strict tsconfig (one program over all of them,
// the package names mapped to src/ by tsconfig.json `paths`; unused names allowed), and runs without
// throwing (compiled to CommonJS, its `require` the test's own, which maps the package names as
// jest.config.cjs does). A comment after an expression statement, on its line or the next, that
// states a value is asserted: `// true`, `// 400`, `// 'text'`, `// { line: 2 }` (deep, as `toEqual`),
// `// Right(…)` / `// Left(…)` (the side, and the value in the parentheses when it is one, or the
// `_tag` it names: `// Left(InvalidPayload)`). Words are not checked.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as ts from 'typescript'
import { claimOf, docExamples, examplesIn, ROOT, type Claim, type DocExample } from '../support/doc-examples'

const EXAMPLES = docExamples('src')
const PACKAGE_IMPORT = /\bfrom\s+['"]tencent-ci-callback(?:\/(?:codecs|node|testing))?['"]/

const where = (example: DocExample, line = 0): string => `${example.file}:${example.line + line} (${example.symbol})`

/** The compiler's complaints about each example, by index, from one program over all of them. */
const typeCheck = (examples: ReadonlyArray<DocExample>): ReadonlyArray<ReadonlyArray<string>> => {
  const dir = join(ROOT, '.tmp', `doc-examples-${process.pid}`)
  mkdirSync(dir, { recursive: true })
  try {
    const files = examples.map((example, i) => {
      const file = join(dir, `example-${i}.ts`)
      writeFileSync(file, `${example.code}export {}\n`)
      return file
    })
    const config = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile)
    const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT)
    // An example may declare a value only to show its type: unused names are not errors here.
    const program = ts.createProgram(files, {
      ...options,
      types: ['node'],
      noEmit: true,
      noUnusedLocals: false,
      noUnusedParameters: false,
    })
    return examples.map((example, i) => {
      const source = program.getSourceFile(files[i] ?? '')
      if (source === undefined) return [`${where(example)}: not compiled`]
      return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map((d) => {
        const line = d.start === undefined ? 0 : source.getLineAndCharacterOfPosition(d.start).line
        return `${where(example, line)}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
      })
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Whether `code` parses as one JavaScript expression. */
const isExpression = (code: string): boolean =>
  ts.transpileModule(`(${code}\n)`, { reportDiagnostics: true }).diagnostics?.length === 0

/**
 * The `//` comment after `end`: on the same line, or on the next one, with the `//` lines that
 * directly follow it, joined (`// Right({ a: 1,` then `//   b: 2 })`).
 */
const commentAfter = (code: string, end: number): string | undefined => {
  const lines: string[] = []
  const trailing = ts.getTrailingCommentRanges(code, end)?.[0]
  if (trailing !== undefined) {
    if (trailing.kind !== ts.SyntaxKind.SingleLineCommentTrivia) return undefined
    lines.push(code.slice(trailing.pos, trailing.end).replace(/^\/\/\s*/, ''))
  }
  let from = trailing?.end ?? end
  // Comments on the lines below (TypeScript calls them the next token's leading comments).
  for (const range of ts.getLeadingCommentRanges(code, from) ?? []) {
    const breaks = code.slice(from, range.pos).split('\n').length - 1
    if (range.kind !== ts.SyntaxKind.SingleLineCommentTrivia || breaks > 1) break
    lines.push(code.slice(range.pos, range.end).replace(/^\/\/\s*/, ''))
    from = range.end
  }
  return lines.length === 0 ? undefined : lines.join(' ')
}

/** The example with each stated result turned into a call of `__claim`, and the claims it makes. */
const withClaims = (example: DocExample): { readonly code: string; readonly claims: ReadonlyArray<Claim> } => {
  const source = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.ES2022, true)
  const edits: Array<{ readonly start: number; readonly end: number; readonly text: string }> = []
  const claims: Claim[] = []
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement)) continue
    const text = commentAfter(example.code, statement.end)
    if (text === undefined) continue
    const claim = claimOf(text, isExpression)
    if (claim === undefined) continue
    claims.push(claim)
    const { expression } = statement
    const line = source.getLineAndCharacterOfPosition(expression.getStart()).line
    const expected = claim.code === undefined ? 'undefined' : `() => (${claim.code}\n)`
    edits.push({
      start: expression.getStart(),
      end: expression.end,
      text: `__claim(${JSON.stringify(claim)}, (${expression.getText()}), ${expected}, ${JSON.stringify(text)}, ${line})`,
    })
  }
  let code = example.code
  for (const edit of [...edits].reverse()) code = code.slice(0, edit.start) + edit.text + code.slice(edit.end)
  return { code, claims }
}

const show = (u: unknown): string => {
  try {
    return typeof u === 'string' ? `'${u}'` : (JSON.stringify(u) ?? String(u))
  } catch {
    return String(u)
  }
}

/** Whether `actual` is `expected`: the same primitive, or deep-equal as `toEqual` compares. */
const sameValue = (actual: unknown, expected: unknown): boolean => {
  if (typeof expected !== 'object' || expected === null) return Object.is(actual, expected)
  try {
    expect(actual).toEqual(expected)
    return true
  } catch {
    return false
  }
}

/**
 * Whether a claim holds. A side's value that names what is not in scope (`Left(InvalidPayload)`,
 * words rather than a value) is not compared: only the side is.
 */
const holds = (claim: Claim, actual: unknown, expected: (() => unknown) | undefined): boolean => {
  if (claim.kind === 'value') return expected !== undefined && sameValue(actual, expected())
  if (typeof actual !== 'object' || actual === null || Reflect.get(actual, '_tag') !== claim.kind) return false
  if (expected === undefined) return true
  const side: unknown = Reflect.get(actual, claim.kind === 'Right' ? 'right' : 'left')
  let value: unknown
  try {
    value = expected()
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e
    // A name not in scope is words; a PascalCase one names the value's `_tag`: `Left(InvalidPayload)`.
    return (
      !/^[A-Z]\w*$/.test(claim.code ?? '') ||
      (typeof side === 'object' && side !== null && Reflect.get(side, '_tag') === claim.code)
    )
  }
  return sameValue(side, value)
}

type Claimer = (
  claim: Claim,
  actual: unknown,
  expected: (() => unknown) | undefined,
  comment: string,
  line: number,
) => void
type Body = (require: NodeRequire, module: object, exports: object, console: object, claim: Claimer) => Promise<void>
const isBody = (u: unknown): u is Body => typeof u === 'function'

/** How long one example may run; a test of many examples may take longer (TEST_TIMEOUT). */
const TIMEOUT = 3_000
const TEST_TIMEOUT = 60_000

/** Compiles an example to CommonJS and runs it; the error it throws or its false claims, if any. */
const run = async (example: DocExample): Promise<ReadonlyArray<string>> => {
  const { code } = withClaims(example)
  const js = ts.transpileModule(code, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
    fileName: 'example.ts',
  }).outputText
  const failures: string[] = []
  const claim: Claimer = (stated, actual, expected, comment, line) => {
    if (!holds(stated, actual, expected))
      failures.push(`${where(example, line)}: says ${comment.trim()}, is ${show(actual)}`)
  }
  const quiet = { log: () => {}, info: () => {}, warn: () => {}, error: () => {}, debug: () => {} }
  const exports = {}
  try {
    // `Function` of the test's realm: the example sees the same globals (`Uint8Array`, `Request` …) as src/.
    const body: unknown = new Function(
      `return async function (require, module, exports, console, __claim) {\n${js}\n}\n//# sourceURL=${example.file}:${example.line}`,
    )()
    if (!isBody(body)) return [`${where(example)}: not compiled`]
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`still running after ${TIMEOUT} ms`)), TIMEOUT)
    })
    try {
      await Promise.race([body(require, { exports }, exports, quiet, claim), timeout])
    } finally {
      clearTimeout(timer)
    }
  } catch (e) {
    failures.push(`${where(example)}: throws ${e instanceof Error ? `${e.name}: ${e.message}` : show(e)}`)
  }
  return failures
}

/** Why the example is not a program of its own, if it is not. */
const shape = (example: DocExample): ReadonlyArray<string> => {
  const source = ts.createSourceFile('example.ts', example.code, ts.ScriptTarget.ES2022, true)
  if (source.statements.every(ts.isImportDeclaration)) return [`${where(example)}: has no code besides imports`]
  if (!PACKAGE_IMPORT.test(example.code)) return [`${where(example)}: imports nothing from the package name`]
  return []
}

let compiled: ReadonlyArray<ReadonlyArray<string>> = []
beforeAll(() => {
  compiled = typeCheck(EXAMPLES)
}, 300_000)

/** Every failure of the examples of `files`: shape, compiler, run and claims. */
const failuresOf = async (files: ReadonlyArray<string>): Promise<ReadonlyArray<string>> => {
  const failures: string[] = []
  for (const [i, example] of EXAMPLES.entries()) {
    if (!files.includes(example.file)) continue
    const problems = [...shape(example), ...(compiled[i] ?? [])]
    failures.push(...(problems.length > 0 ? problems : await run(example)))
  }
  return failures
}

const filesOf = (examples: ReadonlyArray<DocExample>): ReadonlyArray<string> => [
  ...new Set(examples.map((e) => e.file)),
]

describe('the @example blocks of src/', () => {
  it('are found, in the files that document exports', () => {
    expect(EXAMPLES.length).toBeGreaterThan(100)
    expect(filesOf(EXAMPLES)).toContain('src/parse-callback.ts')
  })

  it('are read from the comment: the ` * ` prefix dropped, up to the next tag, fences opened', () => {
    const text = [
      'const a = 1',
      '/**',
      ' * Says what `f` is.',
      ' *',
      ' * @example',
      " * import { f } from 'tencent-ci-callback'",
      ' * if (f()) {',
      ' *   f() // true',
      ' * }',
      ' *',
      ' * @param x - not code',
      ' * @example Fenced',
      ' * Prose before.',
      ' * ```ts',
      ' * f()',
      ' * ```',
      ' */',
      'export const f = (): boolean => true',
    ].join('\n')
    expect(examplesIn('src/f.ts', text)).toEqual([
      {
        file: 'src/f.ts',
        symbol: 'f',
        line: 6,
        code: "import { f } from 'tencent-ci-callback'\nif (f()) {\n  f() // true\n}\n",
      },
      { file: 'src/f.ts', symbol: 'f', line: 13, code: '\n\nf()\n\n' },
    ])
  })

  it('fail when a stated result is false, or the code throws', async () => {
    const example = (code: string): DocExample => ({ file: 'src/x.ts', symbol: 'x', line: 1, code })
    const right = "import * as E from 'fp-ts/lib/Either.js'\nE.right({ a: [1] })\n"
    expect(await run(example(`${right}// Right({ a: [1] })\n`))).toEqual([])
    expect(await run(example(`${right}// Right(words)\n`))).toEqual([])
    expect(await run(example(`${right}// Right({ a: [2] })\n`))).toHaveLength(1)
    expect(await run(example(`${right}// Left(…)\n`))).toHaveLength(1)
    const left = "import * as E from 'fp-ts/lib/Either.js'\nE.left({ _tag: 'InvalidPayload' })\n"
    expect(await run(example(`${left}// Left(InvalidPayload)\n`))).toEqual([])
    expect(await run(example(`${left}// Left(LimitExceeded)\n`))).toHaveLength(1)
    expect(await run(example("'a' + 'b' // 'ab'\n1 + 1 // 3\nconst xs = [1, 2]\nxs // [1, 2]\n"))).toEqual([
      'src/x.ts:2 (x): says 3, is 2',
    ])
    expect(await run(example('JSON.parse("{")\n'))).toEqual([
      expect.stringMatching(/^src\/x.ts:1 \(x\): throws SyntaxError/),
    ])
  })

  for (const file of filesOf(EXAMPLES)) {
    it(
      `${file}: each type-checks, runs, and is what its comments say`,
      async () => {
        expect(await failuresOf([file])).toEqual([])
      },
      TEST_TIMEOUT,
    )
  }
})
