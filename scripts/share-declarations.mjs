// Runs after tsup (`npm run build`): tsup writes each entry's declarations twice, `dist/X.d.ts` for
// `import` and `dist/X.d.cts` for `require`, the same but for the extension of the chunk they import.
// Both builds export the same types, so the ES module declarations become one line re-exporting the
// CommonJS ones: an ES module may import a CommonJS one under every TypeScript module setting (the
// reverse needs `require` of ES modules, which TypeScript before 5.8 and `module: node16` refuse).
// That halves the tarball. The declarations the main and codecs entries share (the callback and job
// types) are one chunk, which tsup names after a module and a hash: it becomes `dist/shared-types.d.cts`,
// so the tarball's file names stay the same from build to build.

import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dist = fileURLToPath(new URL('../dist/', import.meta.url))
const ENTRIES = ['index', 'codecs', 'node', 'testing']
const SHARED = 'shared-types'

const chunks = readdirSync(dist)
  .filter((file) => file.endsWith('.d.cts'))
  .map((file) => file.slice(0, -'.d.cts'.length))
  .filter((name) => !ENTRIES.includes(name) && name !== SHARED)
if (chunks.length > 1) {
  console.error(`share-declarations: more than one shared declaration chunk (${chunks.join(', ')}); expected one`)
  process.exit(1)
}
const chunk = chunks[0]
/** The declarations `file` holds, importing the shared chunk by its stable name. */
const withSharedName = (file) => {
  const text = readFileSync(file, 'utf8')
  return chunk === undefined ? text : text.split(`'./${chunk}.`).join(`'./${SHARED}.`)
}
if (chunk !== undefined) {
  renameSync(join(dist, `${chunk}.d.cts`), join(dist, `${SHARED}.d.cts`))
  rmSync(join(dist, `${chunk}.d.ts`), { force: true })
}

for (const entry of ENTRIES) {
  const esm = join(dist, `${entry}.d.ts`)
  const cjs = join(dist, `${entry}.d.cts`)
  const shim = `export * from './${entry}.cjs'\n`
  const esmText = readFileSync(esm, 'utf8')
  if (esmText === shim) continue
  const cjsText = withSharedName(cjs)
  writeFileSync(cjs, cjsText)
  if (withSharedName(esm).split(`'./${SHARED}.js'`).join(`'./${SHARED}.cjs'`) !== cjsText) {
    console.error(`share-declarations: dist/${entry}.d.ts and dist/${entry}.d.cts differ; refusing to share them`)
    process.exit(1)
  }
  writeFileSync(esm, shim)
}
