import { build } from 'esbuild'
import { XMLParser, type X2jOptions } from 'fast-xml-parser'
import {
  UNREACHED_MODULES,
  bundleFastXmlParser,
  importFastXmlParserThroughMap,
  importFpTsThroughMap,
  markModuleScopePure,
} from '../../tsup.config'
import { xmlParserOptions } from '../../src/xml/parser-options'
import { samples } from '../support/samples'
// eslint-disable-next-line @typescript-eslint/no-require-imports
const hostileCases: ReadonlyArray<{
  name: string
  make: () => [unknown, string?, unknown?]
}> = require('../../scripts/hostile-cases.cjs')

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

describe('importFastXmlParserThroughMap (tsup plugin, ES builds)', () => {
  it("imports fast-xml-parser through the package's #fast-xml-parser map, and nothing else", () => {
    const code = [
      "import { XMLParser } from 'fast-xml-parser';",
      'import{XMLBuilder}from"fast-xml-parser";',
      "import { x } from 'fast-xml-parser-plugin';",
      '// fast-xml-parser renders the path',
    ].join('\n')
    expect(importFastXmlParserThroughMap(code).split('\n')).toEqual([
      "import { XMLParser } from '#fast-xml-parser';",
      'import{XMLBuilder}from"#fast-xml-parser";',
      "import { x } from 'fast-xml-parser-plugin';",
      '// fast-xml-parser renders the path',
    ])
  })
})

describe('bundleFastXmlParser (the build behind #fast-xml-parser)', () => {
  let built: Awaited<ReturnType<typeof bundleFastXmlParser>>
  let Bundled: typeof XMLParser
  beforeAll(async () => {
    built = await bundleFastXmlParser('cjs')
    const module = { exports: {} as { XMLParser?: typeof XMLParser } }
    new Function('module', 'exports', built.code)(module, module.exports)
    if (module.exports.XMLParser === undefined) throw new Error('the bundle exports no XMLParser')
    Bundled = module.exports.XMLParser
  })

  it('holds fast-xml-parser and its dependencies, without the modules it leaves out, and their licences', () => {
    const packages = new Set(built.inputs.map((i) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(i)?.[1]))
    expect(packages).toContain('fast-xml-parser')
    expect(packages).not.toContain('is-unsafe')
    expect(built.inputs.filter((i) => i.endsWith('fast-xml-parser/src/validator.js'))).toEqual([])
    for (const name of packages) expect(built.code.slice(0, built.code.indexOf('*/'))).toContain(`${name} `)
    expect(built.code).toContain(`fast-xml-parser ${built.version}, bundled`)
    expect(UNREACHED_MODULES.map((m) => m.module)).toEqual(['is-unsafe', 'fast-xml-parser/src/validator.js'])
  })

  it('fails loudly, never silently, if a left-out module is reached', () => {
    // XMLParser.parse validates only when given a second argument, which the library never passes.
    expect(() => new Bundled(xmlParserOptions).parse('<a/>', true)).toThrow(/validator\.js was left out/)
    // The entity decoder fast-xml-parser builds when given none checks DOCTYPE entities with is-unsafe.
    const { entityDecoder: _, ...withoutDecoder } = xmlParserOptions
    expect(() => new Bundled(withoutDecoder).parse('<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>')).toThrow(
      /is-unsafe was left out/,
    )
  })

  /** What a parser makes of `text`: the tree, or the message it threw. */
  const outcome = (Parser: typeof XMLParser, options: X2jOptions, text: string): unknown => {
    try {
      return { tree: new Parser(options).parse(text) }
    } catch (e) {
      return { threw: e instanceof Error ? e.message : String(e) }
    }
  }

  // Everything the library could hand the parser, and more: the scanner refuses DOCTYPEs, unknown
  // entities and mismatched tags before parsing; here they reach the parser directly.
  const texts = (): ReadonlyArray<readonly [string, string]> => [
    ...samples
      .filter((s) => s.format === 'xml')
      .flatMap((s): Array<[string, string]> => {
        const text = s.bytes.toString('utf8')
        return [
          [s.name, text],
          [`${s.name} (first half)`, text.slice(0, text.length >> 1)],
        ]
      }),
    ...hostileCases
      .map((c): [string, unknown] => [c.name, c.make()[0]])
      .filter((c): c is [string, string] => typeof c[1] === 'string' && c[1].length <= 1 << 20 && c[1].includes('<')),
    ['internal entities', '<!DOCTYPE Response [<!ENTITY a "<script>x</script>">]><Response>&a;&amp;</Response>'],
    ['external entity', '<!DOCTYPE Response [<!ENTITY x SYSTEM "file:///etc/passwd">]><Response>&x;</Response>'],
    ['reserved names', '<Response><__proto__>1</__proto__><constructor>2</constructor></Response>'],
    ['CDATA, comments and PIs', '<?xml version="1.0"?><Response><?pi x?><A><![CDATA[<b>]]></A><!-- c --></Response>'],
    ['mismatched tags', '<Response><A></B></Response>'],
    ['deep nesting', `${'<a>'.repeat(2000)}x${'</a>'.repeat(2000)}`],
  ]

  it('parses every sample and hostile text as the fast-xml-parser dependency does, with the library options', () => {
    const exact = { ...xmlParserOptions, tagValueProcessor: (): undefined => undefined }
    const differences = texts().flatMap(([name, text]) =>
      [xmlParserOptions, exact]
        .filter(
          (options) =>
            JSON.stringify(outcome(Bundled, options, text)) !== JSON.stringify(outcome(XMLParser, options, text)),
        )
        .map(() => name),
    )
    expect(texts().length).toBeGreaterThan(100)
    expect(differences).toEqual([])
  })
})
