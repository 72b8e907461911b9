import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { build, type Plugin as EsbuildPlugin } from 'esbuild'
import type { Options } from 'tsup'
import ts from 'typescript'

// Four library entries, two module formats, declarations for all: the main entry (no `node:`
// modules, no `Buffer`, so it runs in Workers, Deno and Bun), `tencent-ci-callback/codecs` (the io-ts
// codecs the main entry decodes with: code splitting puts them in one chunk both entries load, in
// each module format, so they are shipped and loaded once; the declarations of both are one file),
// `tencent-ci-callback/node` and `tencent-ci-callback/testing` (fixture builders, kept out of the main entry).
// io-ts, fp-ts and fast-xml-parser stay external (peer / runtime dependencies), so users share one
// copy of `Either` with their own code. The Node and testing entries and the CLI import the main entry by the
// package name, kept external, so they reuse it instead of bundling a second copy.
// No source maps: they would point at `src/`, which is not published (and weigh more than the code).

type TsupPlugin = NonNullable<Options['plugins']>[number]

/** `fp-ts/lib/Either.js` and the like, as the sources import them (a CommonJS build of fp-ts). */
const FP_TS_LIB = /(["'])fp-ts\/lib\/(\w+)\.js\1/g

/**
 * In the ES module builds only, imports fp-ts through the package's own `#fp-ts/*` import map
 * (package.json `imports`) instead of `fp-ts/lib/*.js`. A bundler (the `module` condition) then gets
 * `fp-ts/es6/*.js`, the copy io-ts's own ES build imports, so a bundle holds one fp-ts; Node, which
 * cannot load `fp-ts/es6` (extensionless imports) nor `fp-ts/Either` (a directory), gets `fp-ts/lib`,
 * as io-ts's `main` does. The CommonJS build keeps `require('fp-ts/lib/….js')`.
 */
export const importFpTsThroughMap = (code: string, path: string): string => {
  const out = code.replace(FP_TS_LIB, (_, q: string, name: string) => `${q}#fp-ts/${name}${q}`)
  if (/(?:\bfrom|\bimport)\s*\(?\s*["']fp-ts\//.test(out)) {
    throw new Error(`${path}: import fp-ts as 'fp-ts/lib/<Module>.js', which the #fp-ts/* map covers`)
  }
  return out
}

const fpTsImportMap: TsupPlugin = {
  name: 'fp-ts-import-map',
  renderChunk(code, info) {
    return this.format === 'esm' ? { code: importFpTsThroughMap(code, info.path) } : undefined
  },
}

/** `from 'fast-xml-parser'` (or `"fast-xml-parser"`), as the built ES modules import it. */
const FAST_XML_PARSER = /(\bfrom\s*)(["'])fast-xml-parser\2/g

/**
 * In the ES module builds only, imports fast-xml-parser through the package's `#fast-xml-parser`
 * import map (package.json `imports`). Node, and every bundler not building for a browser or a
 * worker, gets the `fast-xml-parser` dependency; the `browser` and `worker` conditions get
 * `dist/fast-xml-parser.js` instead, the same release built without two modules the library's
 * options never reach (see `bundleFastXmlParser`). The CommonJS build keeps `require('fast-xml-parser')`.
 */
export const importFastXmlParserThroughMap = (code: string): string =>
  code.replace(FAST_XML_PARSER, (_, from: string, q: string) => `${from}${q}#fast-xml-parser${q}`)

const fastXmlParserImportMap: TsupPlugin = {
  name: 'fast-xml-parser-import-map',
  renderChunk(code) {
    return this.format === 'esm' ? { code: importFastXmlParserThroughMap(code) } : undefined
  },
}

/**
 * The modules of fast-xml-parser (and its dependencies) that `XMLParser`, as the library configures
 * it, never runs, each replaced by a module of the same exports that throws if it ever is (the
 * library turns any throw of the parser into a `MalformedBody`, so a replacement reached would be a
 * refusal, never a wrong value):
 *
 * - `is-unsafe`, 18 kB minified: it checks the values of DOCTYPE-declared entities, and only in the
 *   entity decoder fast-xml-parser builds when none is given. The library gives its own
 *   (`xml/entity-decoder.ts`), and its scanner refuses every DOCTYPE before the parser runs. Its
 *   index sets properties on each of its nine pattern tables at load, so a bundler keeps them all.
 * - fast-xml-parser's `validator.js`, 5 kB minified: `XMLParser.parse` runs it only when called with
 *   a second argument, which the library never passes (its scanner validates).
 */
export const UNREACHED_MODULES: ReadonlyArray<{
  readonly module: string
  readonly importer?: RegExp
  readonly filter: RegExp
  readonly exports: string
}> = [
  {
    module: 'is-unsafe',
    filter: /^is-unsafe$/,
    exports: 'export const HTML = [], XML = []\nexport function isUnsafe() { throw new Error(UNREACHED) }',
  },
  {
    module: 'fast-xml-parser/src/validator.js',
    importer: /fast-xml-parser[\\/]src[\\/]xmlparser[\\/]XMLParser\.js$/,
    filter: /^\.\.\/validator\.js$/,
    exports: 'export function validate() { throw new Error(UNREACHED) }',
  },
]

const UNREACHED_MESSAGE = (module: string): string =>
  `const UNREACHED = ${JSON.stringify(`tencent-ci-callback: ${module} was left out of this build of fast-xml-parser, as the library's options never reach it`)}`

const withoutUnreachedModules: EsbuildPlugin = {
  name: 'without-unreached-modules',
  setup(b) {
    for (const { module, importer, filter } of UNREACHED_MODULES) {
      b.onResolve({ filter }, (args) =>
        importer === undefined || importer.test(args.importer) ? { path: module, namespace: 'unreached' } : undefined,
      )
    }
    b.onLoad({ filter: /.*/, namespace: 'unreached' }, (args) => {
      const stub = UNREACHED_MODULES.find((m) => m.module === args.path)
      return stub === undefined ? undefined : { contents: `${UNREACHED_MESSAGE(stub.module)}\n${stub.exports}\n` }
    })
  },
}

/** The directory of the installed package a bundled file belongs to. */
const packageDirOf = (file: string): string => {
  const m = /^(.*node_modules[\\/](?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(file)
  if (m?.[1] === undefined) throw new Error(`${file} is not in an installed package`)
  return m[1]
}

/** Each bundled package's name, version and licence text (MIT asks for it with every copy). */
const licences = (files: ReadonlyArray<string>, root: string): string => {
  const dirs = [...new Set(files.map(packageDirOf))].sort()
  return dirs
    .map((dir) => {
      const pkg = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
        name: string
        version: string
        license: string
        author?: string | { name: string }
      }
      let text: string
      try {
        text = readFileSync(join(root, dir, 'LICENSE'), 'utf8').trim()
      } catch {
        const author = typeof pkg.author === 'object' ? pkg.author.name : (pkg.author ?? pkg.name)
        text = `${pkg.license} licence (package.json); author: ${author}`
      }
      return `${pkg.name} ${pkg.version} (${pkg.license})\n\n${text}`
    })
    .join('\n\n---\n\n')
}

/**
 * fast-xml-parser's `XMLParser`, the installed release with its dependencies, as one module
 * without `UNREACHED_MODULES`: in a browser bundle of `parseCallback` they were 8 kB of 56 kB
 * gzipped. Whitespace and syntax are minified, names kept (readable stack traces); the licences of
 * everything bundled head the file. Returns the code, fast-xml-parser's version and the files bundled.
 */
export const bundleFastXmlParser = async (
  format: 'esm' | 'cjs',
  root: string = process.cwd(),
): Promise<{ readonly code: string; readonly version: string; readonly inputs: ReadonlyArray<string> }> => {
  const result = await build({
    stdin: { contents: "export { XMLParser } from 'fast-xml-parser'", resolveDir: root, loader: 'js' },
    absWorkingDir: root,
    bundle: true,
    format,
    platform: 'neutral',
    mainFields: ['module', 'main'],
    target: 'es2022',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [withoutUnreachedModules],
  })
  // The files the module holds code of (fast-xml-parser's index loads its validator and builder too).
  const output = Object.values(result.metafile.outputs)[0]
  const inputs = Object.entries(output?.inputs ?? {})
    .filter(([file, { bytesInOutput }]) => bytesInOutput > 0 && file.includes('node_modules'))
    .map(([file]) => file)
  const { version } = JSON.parse(readFileSync(join(root, 'node_modules/fast-xml-parser/package.json'), 'utf8')) as {
    version: string
  }
  const left = UNREACHED_MODULES.map((m) => m.module).join(' and ')
  const banner =
    `/*\n * fast-xml-parser ${version}, bundled by tencent-ci-callback for browser and worker builds,\n` +
    ` * without ${left} (the library's options never reach them: see tsup.config.ts).\n *\n` +
    ` * ${licences(inputs, root).replaceAll('*/', '* /').split('\n').join('\n * ').replace(/ +$/gm, '')}\n */\n`
  return { code: banner + (result.outputFiles[0]?.text ?? ''), version, inputs }
}

/** Writes `bundleFastXmlParser`'s ES module to dist/, for the `#fast-xml-parser` import map. */
const writeFastXmlParser = async (): Promise<void> => {
  const { code } = await bundleFastXmlParser('esm')
  const out = join('dist', 'fast-xml-parser.js')
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, code)
}

const PURE = '/* @__PURE__ */ '

/** Whether a bundler can see that `node`, evaluated at load, has no effect once its calls are marked pure. */
const isPlain = (node: ts.Expression, namespaces: ReadonlySet<string>): boolean => {
  if (ts.isParenthesizedExpression(node)) return isPlain(node.expression, namespaces)
  if (ts.isIdentifier(node) || ts.isLiteralExpression(node) || ts.isArrowFunction(node)) return true
  if (ts.isFunctionExpression(node)) return true
  switch (node.kind) {
    case ts.SyntaxKind.TrueKeyword:
    case ts.SyntaxKind.FalseKeyword:
    case ts.SyntaxKind.NullKeyword:
      return true
  }
  if (ts.isVoidExpression(node)) return ts.isLiteralExpression(node.expression)
  if (ts.isPrefixUnaryExpression(node)) return ts.isNumericLiteral(node.operand)
  if (ts.isPropertyAccessExpression(node))
    return ts.isIdentifier(node.expression) && namespaces.has(node.expression.text)
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
    return (node.arguments ?? []).every((a) => isPlain(a, namespaces))
  }
  if (ts.isArrayLiteralExpression(node))
    return node.elements.every((e) => ts.isOmittedExpression(e) || isPlain(e, namespaces))
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every((p) => {
      if (ts.isShorthandPropertyAssignment(p) || ts.isMethodDeclaration(p) || ts.isAccessor(p))
        return !ts.isComputedPropertyName(p.name)
      return ts.isPropertyAssignment(p) && !ts.isComputedPropertyName(p.name) && isPlain(p.initializer, namespaces)
    })
  }
  return false
}

/** The start of every call and `new` in `node` that runs when the module loads (not inside a function). */
const loadTimeCalls = (node: ts.Node, sourceFile: ts.SourceFile, starts: Set<number>): void => {
  if (ts.isFunctionLike(node) || ts.isClassLike(node)) return
  if (ts.isCallExpression(node) || ts.isNewExpression(node)) starts.add(node.getStart(sourceFile))
  ts.forEachChild(node, (child) => loadTimeCalls(child, sourceFile, starts))
}

/** Whether `node` holds an `await` or `yield` outside functions (it cannot move into an arrow function). */
const suspends = (node: ts.Node): boolean =>
  !ts.isFunctionLike(node) &&
  (ts.isAwaitExpression(node) || ts.isYieldExpression(node) || (ts.forEachChild(node, suspends) ?? false))

/**
 * Makes module scope droppable: a bundler (esbuild, Rollup, webpack's terser) cannot tell that
 * `fastStruct(…)`, `t.array(…)` or `{ ...props }` has no effect, so it would keep every codec, table
 * and parser of the package in a bundle that imports one guard. Each module-scope `var` initializer
 * has its calls and `new`s marked `/* @__PURE__ *\/`; one that holds more than a bundler can judge
 * pure (a spread, a template, arithmetic, a property read) is wrapped whole in a pure arrow function
 * called at once, `/* @__PURE__ *\/ (() => (…))()`, which evaluates the same, at the same time.
 * This states a rule of the house style: module scope builds values and does no other work.
 * Statements that run for their effect (a loop filling a table) are not initializers and stay.
 * test/build/tsup-plugins.test.ts checks that esbuild then drops what is unused; `npm run size`
 * that the bundles shrink, and that bundles of `parseCallback` alone decode every sample as the
 * whole package does.
 */
export const markModuleScopePure = (code: string, path: string): string => {
  const sourceFile = ts.createSourceFile(path, code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS)
  const namespaces = new Set<string>()
  const edits: Array<{ readonly at: number; readonly text: string }> = []
  for (const statement of sourceFile.statements) {
    const bindings = ts.isImportDeclaration(statement) ? statement.importClause?.namedBindings : undefined
    if (bindings !== undefined && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text)
    if (!ts.isVariableStatement(statement)) continue
    for (const { initializer } of statement.declarationList.declarations) {
      if (initializer === undefined || suspends(initializer)) continue
      if (isPlain(initializer, namespaces)) {
        const starts = new Set<number>()
        loadTimeCalls(initializer, sourceFile, starts)
        for (const at of starts) {
          if (!code.slice(Math.max(0, at - PURE.length), at).includes('@__PURE__')) edits.push({ at, text: PURE })
        }
      } else {
        edits.push({ at: initializer.getStart(sourceFile), text: `${PURE}(() => (` })
        edits.push({ at: initializer.getEnd(), text: '))()' })
      }
    }
  }
  let out = code
  for (const { at, text } of edits.sort((a, b) => b.at - a.at)) out = `${out.slice(0, at)}${text}${out.slice(at)}`
  return out
}

const pureModuleScope: TsupPlugin = {
  name: 'pure-module-scope',
  renderChunk(code, info) {
    return /\.c?js$/.test(info.path) ? { code: markModuleScopePure(code, info.path) } : undefined
  },
}

const shared: Options = {
  target: 'node20',
  sourcemap: false,
  splitting: true,
  treeshake: true,
  external: ['tencent-ci-callback'],
  plugins: [fpTsImportMap, fastXmlParserImportMap, pureModuleScope],
}

const config: ReadonlyArray<Options> = [
  {
    ...shared,
    entry: {
      index: 'src/index.ts',
      codecs: 'src/codecs/index.ts',
      node: 'src/http/node/index.ts',
      testing: 'src/testing/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    onSuccess: writeFastXmlParser,
  },
  {
    // The command-line tool: an ES module with its shebang, run by Node only, never imported.
    ...shared,
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
  },
]

export default config
