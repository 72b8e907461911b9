import { readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import ts from 'typescript'
import { JOB_TAGS } from '../../../src/codecs/tags/registry'

// A Tag module is the only place that knows its Tag: no other source file spells a Tag as a string
// literal. Comments are not code (the doc examples spell Tags freely), and src/testing/ builds fixture
// jobs of given Tags. One literal is not the Tag but a node's name: a codec's runtime name equal to
// the identifier it is declared as (`const Transcode = partial({…}, 'Transcode')`, or `TranscodeC`
// for a node declared with its interface), since the echo node of a Tag is often named like it.

const SRC = join(__dirname, '..', '..', '..', 'src')
const TAGS = new Set<string>(JOB_TAGS)

/** Every source file under src/, parsed, with its path relative to src/. */
const sources = ts.sys.readDirectory(SRC, ['.ts']).map((path) => ({
  name: relative(SRC, path).split(sep).join('/'),
  file: ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true),
}))

/** Each string literal of a file (comments hold none). */
const literals = (file: ts.SourceFile): ReadonlyArray<ts.StringLiteralLike> => {
  const found: Array<ts.StringLiteralLike> = []
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteralLike(node)) found.push(node)
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

/** The Tag a module defines: the first argument of its `defineJob` call. */
const definedTag = (file: ts.SourceFile): string | undefined => {
  let tag: string | undefined
  const visit = (node: ts.Node): void => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'defineJob' &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      tag = node.arguments[0].text
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return tag
}

/** A literal that is the runtime name of the codec it is an argument of: `const X = f(…, 'X')` or `const XC`. */
const isOwnName = (literal: ts.StringLiteralLike): boolean => {
  const call = literal.parent
  if (!ts.isCallExpression(call) || !call.arguments.some((argument) => argument === literal)) return false
  const declaration = call.parent
  return (
    ts.isVariableDeclaration(declaration) &&
    ts.isIdentifier(declaration.name) &&
    (declaration.name.text === literal.text || declaration.name.text === `${literal.text}C`)
  )
}

const place = (file: ts.SourceFile, node: ts.Node): string =>
  `line ${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`

describe('a Tag is spelled in its own module only', () => {
  it('finds every Tag module, one per Tag', () => {
    const defined = sources.flatMap(({ file }) => definedTag(file) ?? [])
    expect([...defined].sort()).toStrictEqual([...JOB_TAGS].sort())
  })

  it('finds no Tag literal in src/ outside its module, comments, fixtures and nodes’ own names aside', () => {
    const stray = sources
      .filter(({ name }) => !name.startsWith('testing/'))
      .flatMap(({ name, file }) => {
        const own = definedTag(file)
        return literals(file)
          .filter((literal) => TAGS.has(literal.text) && literal.text !== own && !isOwnName(literal))
          .map((literal) => `${name} ${place(file, literal)}: '${literal.text}'`)
      })
    expect(stray).toStrictEqual([])
  })

  it('would find one', () => {
    const file = ts.createSourceFile(
      'probe.ts',
      "// 'Tts' in a comment\nconst Transcode = partial({}, 'Transcode')\nif (job.Tag === 'Tts') {}\n",
      ts.ScriptTarget.ES2022,
      true,
    )
    const found = literals(file).filter((literal) => TAGS.has(literal.text) && !isOwnName(literal))
    expect(found.map((literal) => `${place(file, literal)}: ${literal.text}`)).toStrictEqual(['line 3: Tts'])
  })
})
