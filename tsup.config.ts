import { defineConfig, type Options } from 'tsup'

// Three library entries, two module formats, declarations for all: the main entry (no `node:`
// modules, no `Buffer`, so it runs in Workers, Deno and Bun), `tencent-ci-callback/node` and
// `tencent-ci-callback/testing` (fixture builders, kept out of the main entry).
// io-ts, fp-ts and fast-xml-parser stay external (peer / runtime dependencies), so users share one
// copy of `Either` with their own code. The Node and testing entries and the CLI import the main entry by the
// package name, kept external, so they reuse it instead of bundling a second copy.

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
const fpTsImportMap: TsupPlugin = {
  name: 'fp-ts-import-map',
  renderChunk(code, info) {
    if (this.format !== 'esm') return undefined
    const out = code.replace(FP_TS_LIB, (_, q: string, name: string) => `${q}#fp-ts/${name}${q}`)
    if (/(?:\bfrom|\bimport)\s*\(?\s*["']fp-ts\//.test(out)) {
      throw new Error(`${info.path}: import fp-ts as 'fp-ts/lib/<Module>.js', which the #fp-ts/* map covers`)
    }
    return { code: out }
  },
}

const shared: Options = {
  target: 'node20',
  sourcemap: true,
  splitting: false,
  treeshake: true,
  external: ['tencent-ci-callback'],
  plugins: [fpTsImportMap],
}

export default defineConfig([
  {
    ...shared,
    entry: { index: 'src/index.ts', node: 'src/http/node/index.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
  },
  {
    // The command-line tool: an ES module with its shebang, run by Node only, never imported.
    ...shared,
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
  },
])
