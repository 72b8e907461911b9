import { existsSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

// test/ mirrors src/: the unit tests of src/a/b.ts live in test/a/b.test.ts or test/a/b.<aspect>.test.ts
// (`b.types.test.ts`, `b.property.test.ts`, …). The tests below are the cross-cutting ones: they cover the
// package as a whole (every sample, every entry, the README, the built files) rather than one module.
const CROSS_CUTTING: ReadonlyArray<string> = [
  'bench/',
  'build/',
  'docs/',
  'examples/',
  'types/',
  'codecs/tags/single-source.test.ts',
  'entries.test.ts',
  'error-quality.test.ts',
  'hardening.test.ts',
  'hostile.test.ts',
  'layout.test.ts',
  'limits.test.ts',
  'property-round-trip.test.ts',
  'readme.test.ts',
  'samples.test.ts',
  'seed.test.ts',
  'types.test.ts',
]

const ROOT = join(__dirname, '..')
const TEST = join(ROOT, 'test')
const SRC = join(ROOT, 'src')

/** Every file under `dir` whose name ends with `suffix`, as a `/`-separated path relative to `dir`. */
const filesUnder = (dir: string, suffix: string): ReadonlyArray<string> => {
  const walk = (at: string): ReadonlyArray<string> =>
    readdirSync(at, { withFileTypes: true }).flatMap((entry) => {
      const path = join(at, entry.name)
      if (entry.isDirectory()) return walk(path)
      return entry.name.endsWith(suffix) ? [relative(dir, path).split(sep).join('/')] : []
    })
  return [...walk(dir)].sort()
}

const isCrossCutting = (test: string): boolean =>
  CROSS_CUTTING.some((entry) => (entry.endsWith('/') ? test.startsWith(entry) : test === entry))

/** The src file a test file mirrors: `a/b.test.ts` or `a/b.<aspect>.test.ts` → `a/b.ts`, if there is one. */
const mirrored = (test: string): string | undefined => {
  const parts = test.slice(0, -'.test.ts'.length).split('.')
  for (let n = parts.length; n > 0; n--) {
    const candidate = `${parts.slice(0, n).join('.')}.ts`
    if (existsSync(join(SRC, candidate))) return candidate
  }
  return undefined
}

const tests = filesUnder(TEST, '.test.ts').filter((t) => !t.startsWith('support/'))
const sources = filesUnder(SRC, '.ts').filter((s) => !s.endsWith('.d.ts'))

describe('test/ mirrors src/', () => {
  it('puts every test file that is not cross-cutting at the mirrored path of a src file', () => {
    const strays = tests.filter((t) => !isCrossCutting(t) && mirrored(t) === undefined)
    expect(strays).toStrictEqual([])
  })

  it('names only cross-cutting tests that exist', () => {
    const missing = CROSS_CUTTING.filter((entry) =>
      entry.endsWith('/') ? !tests.some((t) => t.startsWith(entry)) : !tests.includes(entry),
    )
    expect(missing).toStrictEqual([])
  })

  // Information only, not a failure: which src files still have no test at their mirrored path.
  afterAll(() => {
    const covered = new Set(tests.flatMap((t) => mirrored(t) ?? []))
    const untested = sources.filter((s) => !covered.has(s))
    console.info(
      `${sources.length - untested.length} of ${sources.length} src files have a mirrored test; without one:\n` +
        untested.map((s) => `  src/${s}`).join('\n'),
    )
  })
})
