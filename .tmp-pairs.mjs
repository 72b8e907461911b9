import { readFileSync, readdirSync } from 'node:fs'
import { isDeepStrictEqual } from 'node:util'
import { parseCallback } from './dist/index.js'
const dir = '../shared/reference-samples/'
const files = readdirSync(dir)
const byTag = {}
for (const f of files) { const m = /^(.*)-ci-en-(\d)\.(xml|json)$/.exec(f); if (!m) continue; (byTag[m[1]] ??= []).push(f) }
for (const [tag, fs] of Object.entries(byTag)) {
  const res = fs.map(f => [f, parseCallback(readFileSync(dir + f))])
  const xs = res.filter(([f, r]) => f.endsWith('.xml') && r._tag === 'Right'), js = res.filter(([f, r]) => f.endsWith('.json') && r._tag === 'Right')
  const pairs = []
  for (const [xf, xr] of xs) for (const [jf, jr] of js) if (isDeepStrictEqual(xr.right, jr.right)) pairs.push(`${xf}=${jf}`)
  console.log(tag.padEnd(28), fs.map(f => f.replace(/.*-ci-en-/, '') + (res.find(r => r[0] === f)[1]._tag === 'Right' ? '' : '!')).join(' ').padEnd(30), pairs.join(' '))
}
