import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createContext, runInContext } from 'node:vm'
import { ModuleKind, transpileModule } from 'typescript'
import { secretMatches } from 'tencent-ci-callback'
import { secretMatches as fromNodeEntry } from 'tencent-ci-callback/node'

const SECRET = 's3cret-0123456789abcdef'

describe('secretMatches', () => {
  it.each<[string | undefined, string | undefined, boolean]>([
    [SECRET, SECRET, true],
    ['s3cret-0123456789abcdeF', SECRET, false],
    ['s3cret-0123456789abcde', SECRET, false],
    [`${SECRET}0`, SECRET, false],
    ['', SECRET, false],
    [undefined, SECRET, false],
    ['', '', false],
    ['', undefined, false],
    [undefined, undefined, false],
    ['anything', '', false],
    ['秘密🔑', '秘密🔑', true],
    ['秘密🔐', '秘密🔑', false],
    ['\u0000', '\u0000', true],
  ])('secretMatches(%p, %p) is %p', (received, expected, matches) => {
    expect(secretMatches(received, expected)).toBe(matches)
  })

  it('never matches a longer string whose first characters are the secret, nor a code unit past 0xFFFF', () => {
    expect(secretMatches(SECRET.slice(0, 5), SECRET)).toBe(false)
    expect(secretMatches('a'.repeat(SECRET.length), SECRET)).toBe(false)
  })

  it('is the same function from the main entry and tencent-ci-callback/node', () => {
    expect(fromNodeEntry).toBe(secretMatches)
  })

  it('runs in a bare VM context: no Buffer, no process, no require, no node: module', () => {
    const source = readFileSync(join(__dirname, '..', '..', 'src', 'http', 'secret-matches.ts'), 'utf8')
    const { outputText } = transpileModule(source, { compilerOptions: { module: ModuleKind.CommonJS } })
    const context = createContext({ exports: {} })
    runInContext(outputText, context)
    for (const name of ['Buffer', 'process', 'require'])
      expect(runInContext(`typeof ${name}`, context)).toBe('undefined')
    expect(runInContext(`exports.secretMatches('abc', 'abc') && !exports.secretMatches('abd', 'abc')`, context)).toBe(
      true,
    )
  })
})
