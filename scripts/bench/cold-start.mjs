// Cold `require` and `import` of the built package against its dependencies alone (exactly the
// modules the build imports), each in a fresh Node process, in interleaved runs.

import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { median } from './measure.mjs'

const child = (name) => fileURLToPath(new URL(name, import.meta.url))

/** The bare specifiers a built file loads: its dependencies, as the build names them. */
const bareSpecifiers = (file, pattern) => {
  const found = [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => m[1])
  return [...new Set(found.filter((s) => !s.startsWith('.') && !s.startsWith('/')))]
}

/** The four variants timed, with what each child loads. */
export const coldStartVariants = (distDir) => {
  const cjs = join(distDir, 'index.cjs')
  const esm = join(distDir, 'index.js')
  const requires = bareSpecifiers(cjs, /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g)
  const imports = bareSpecifiers(esm, /^\s*(?:import|export)\b[^'"]*?['"]([^'"]+)['"]/gm)
  if (requires.length === 0 || imports.length === 0) throw new Error(`found no dependency in ${distDir}`)
  return [
    { id: 'require-package', kind: 'require', label: 'require the package', args: [cjs] },
    { id: 'require-deps', kind: 'require', label: `require its dependencies (${requires.join(', ')})`, args: requires },
    { id: 'import-package', kind: 'import', label: 'import the package', args: [pathToFileURL(esm).href] },
    { id: 'import-deps', kind: 'import', label: `import its dependencies (${imports.join(', ')})`, args: imports },
  ]
}

const runChild = (variant, clock) => {
  const script = child(variant.kind === 'require' ? './cold-require.cjs' : './cold-import.mjs')
  const r = spawnSync(process.execPath, [script, ...variant.args], { encoding: 'utf8', timeout: 60_000 })
  const ms = r.status === 0 ? JSON.parse(r.stdout)[clock] : NaN
  if (!Number.isFinite(ms)) {
    throw new Error(`cold ${variant.kind} of ${variant.args.join(' ')} failed: ${r.error?.message ?? ''}${r.stderr}`)
  }
  return ms
}

/**
 * Median milliseconds (on `clock`, 'cpu' or 'wall') of each variant over `runs` fresh
 * processes, run in rotating order.
 */
export const measureColdStart = (distDir, runs, clock) => {
  const variants = coldStartVariants(distDir)
  const samples = variants.map(() => [])
  for (let run = 0; run < runs; run++) {
    for (let k = 0; k < variants.length; k++) {
      const i = (run + k) % variants.length
      samples[i].push(runChild(variants[i], clock))
    }
  }
  return variants.map((v, i) => ({ id: v.id, label: v.label, medianMs: median(samples[i]), runs }))
}
