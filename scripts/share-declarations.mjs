// Runs after tsup (`npm run build`): tsup writes each entry's declarations twice, `dist/X.d.ts` for
// `import` and `dist/X.d.cts` for `require`, byte for byte the same. Both builds export the same
// types, so the ES module declarations become one line re-exporting the CommonJS ones: an ES module
// may import a CommonJS one under every TypeScript module setting (the reverse needs `require` of
// ES modules, which TypeScript before 5.8 and `module: node16` refuse). That halves the tarball.

import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))

for (const entry of ['index', 'node', 'testing']) {
  const esm = join(dist, `${entry}.d.ts`)
  const cjs = join(dist, `${entry}.d.cts`)
  const shim = `export * from './${entry}.cjs'\n`
  const esmText = readFileSync(esm, 'utf8')
  if (esmText === shim) continue
  if (esmText !== readFileSync(cjs, 'utf8')) {
    console.error(`share-declarations: dist/${entry}.d.ts and dist/${entry}.d.cts differ; refusing to share them`)
    process.exit(1)
  }
  writeFileSync(esm, shim)
}
