import { defineConfig, type Options } from 'tsup'

// Three library entries, two module formats, declarations for all: the main entry (no `node:`
// modules, no `Buffer`, so it runs in Workers, Deno and Bun), `tencent-ci-callback/node` and
// `tencent-ci-callback/testing` (fixture builders, kept out of the main entry).
// io-ts, fp-ts and fast-xml-parser stay external (peer / runtime dependencies), so users share one
// copy of `Either` with their own code. The Node and testing entries and the CLI import the main entry by the
// package name, kept external, so they reuse it instead of bundling a second copy.
const shared: Options = {
  target: 'node20',
  sourcemap: true,
  splitting: false,
  treeshake: true,
  external: ['tencent-ci-callback'],
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
