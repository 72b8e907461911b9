// Builds the package (tsup.config.ts, without declarations or source maps) into the directory
// given as argument, for test/bench/bench.test.ts: the test benchmarks the sources as they are,
// whether or not dist/ is built or current. The directory must be inside the repository, so
// that the build's imports of fast-xml-parser, io-ts and fp-ts resolve to node_modules/.

import { resolve } from 'node:path'
import { build } from 'tsup'

const [outDir] = process.argv.slice(2)
if (outDir === undefined) throw new Error('usage: node scripts/bench/build-for-test.mjs <out-dir>')
await build({ outDir: resolve(outDir), dts: false, sourcemap: false, silent: true })
