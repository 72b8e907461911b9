import { build } from 'esbuild'
import { importFpTsThroughMap, markModuleScopePure } from '../../tsup.config'

/** What esbuild keeps (minified) of `code` in a bundle that imports only `names` from it, as a user would. */
const bundled = async (code: string, names: string): Promise<string> => {
  const result = await build({
    stdin: { contents: `export { ${names} } from 'module'`, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: ['io-ts'],
    logLevel: 'silent',
    plugins: [
      {
        name: 'module',
        setup(b) {
          b.onResolve({ filter: /^module$/ }, () => ({ path: 'module', namespace: 'module' }))
          b.onLoad({ filter: /.*/, namespace: 'module' }, () => ({ contents: code, loader: 'js' }))
        },
      },
    ],
  })
  return result.outputFiles[0]?.text ?? ''
}

// A module shaped like the built dist/index.js: codecs built at module scope from factories,
// spreads and io-ts calls, a table filled by a loop, and a guard that needs one codec.
const MODULE = `import * as t from 'io-ts'
var fastStruct = (name, props) => new t.Type(name, (u) => typeof u === 'object', (u, c) => t.success(u), (a) => a)
var shared = { JobId: t.string }
var Workflow = fastStruct('Workflow', { RunId: t.string })
var Transcode = fastStruct('Transcode', { ...shared, Video: t.array(t.string, 'Videos') })
var NAMES = \`a Tag (\${['A', 'B'].join(', ')})\`
var TABLE = new Uint8Array(4)
for (let i = 0; i < 4; i++) TABLE[i] = i * 2
var isWorkflowJob = (job) => Workflow.is(job.Workflow)
var parse = (u) => Transcode.decode(u)
var describe = () => NAMES + TABLE[1]
export { isWorkflowJob, parse, describe }
`

describe('markModuleScopePure (tsup plugin)', () => {
  const marked = markModuleScopePure(MODULE, 'index.js')

  it('marks the calls in plain initializers pure, and wraps those with a spread or a template', () => {
    expect(marked).toContain("var Workflow = /* @__PURE__ */ fastStruct('Workflow', { RunId: t.string })")
    expect(marked).toContain(
      "var Transcode = /* @__PURE__ */ (() => (fastStruct('Transcode', { ...shared, Video: t.array(t.string, 'Videos') })))()",
    )
    expect(marked).toContain("var NAMES = /* @__PURE__ */ (() => (`a Tag (${['A', 'B'].join(', ')})`))()")
    expect(marked).toContain('var TABLE = /* @__PURE__ */ new Uint8Array(4)')
  })

  it('leaves functions and statements run for their effect as they are', () => {
    expect(marked).toContain('var fastStruct = (name, props) => new t.Type(')
    expect(marked).toContain('for (let i = 0; i < 4; i++) TABLE[i] = i * 2')
  })

  it('lets esbuild drop the codecs an import never reaches', async () => {
    const before = await bundled(MODULE, 'isWorkflowJob')
    const after = await bundled(marked, 'isWorkflowJob')
    expect(before).toContain('"Transcode"')
    expect(after).not.toContain('"Transcode"')
    expect(after).not.toContain('a Tag (')
    expect(after).toContain('"Workflow"')
  })

  it('keeps what an import needs, and the module evaluates to the same values', async () => {
    const after = await bundled(marked, 'parse, describe')
    expect(after).toContain('"Transcode"')
    const run = (code: string): unknown => {
      const stub = 'const t = { Type: class { constructor(n) { this.name = n } }, string: {}, array: () => ({}) };'
      const body = code.replace("import * as t from 'io-ts'", stub).replace(/^export .*$/m, '')
      return new Function(`${body}; return [Workflow.name, Transcode.name, NAMES, describe()]`)()
    }
    expect(run(marked)).toEqual(run(MODULE))
    expect(run(marked)).toEqual(['Workflow', 'Transcode', 'a Tag (A, B)', 'a Tag (A, B)2'])
  })
})

describe('importFpTsThroughMap (tsup plugin, ES builds)', () => {
  it("imports fp-ts through the package's #fp-ts/* map", () => {
    expect(importFpTsThroughMap("import * as E from 'fp-ts/lib/Either.js';\n", 'index.js')).toBe(
      "import * as E from '#fp-ts/Either';\n",
    )
  })

  it('refuses an fp-ts import the map does not cover', () => {
    expect(() => importFpTsThroughMap("import { pipe } from 'fp-ts/function';\n", 'index.js')).toThrow(
      "index.js: import fp-ts as 'fp-ts/lib/<Module>.js'",
    )
  })
})
