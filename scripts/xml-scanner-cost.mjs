// What the XML scanner costs next to the bare fast-xml-parser `parse` it guards, on the seed
// sample, a large sample and a 200-job body (CPU time, medians of 11 interleaved rounds, one process).
// `bare parse` uses the library's own frozen options; `bare parse, defaults` the options
// `npm run bench` compares against.
// Compiles src/ on the fly with esbuild (a tsup dependency), so no build step is needed:
//   node scripts/xml-scanner-cost.mjs
// Figures only: nothing here asserts a time.

import { buildSync } from 'esbuild'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = new URL('..', import.meta.url)
// Inside node_modules, so the bundle's imports of the dependencies resolve.
const out = join(root.pathname, 'node_modules', '.cache', 'xml-scanner-cost', 'entry.mjs')
buildSync({
  stdin: {
    contents: `
      export { scanXml } from './src/xml/scanner.ts'
      export { parseXml } from './src/xml/parse-xml.ts'
      export { xmlParserOptions } from './src/xml/parser-options.ts'
      export { parseCallback } from './src/parse-callback.ts'
    `,
    resolveDir: root.pathname,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  external: ['fast-xml-parser', 'fp-ts', 'io-ts', 'xml2js'],
  logLevel: 'warning',
})
const { scanXml, parseXml, xmlParserOptions, parseCallback } = await import(pathToFileURL(out).href)
const { XMLParser, XMLValidator } = await import('fast-xml-parser')
const xml2js = await import('xml2js')

const sample = (name) => readFileSync(new URL(`samples/${name}`, root), 'utf8')
const seed = sample('smart-cover/workflow.xml')
const jobsOf = (body) => body.slice(body.indexOf('<JobsDetail>'), body.lastIndexOf('</JobsDetail>') + 13)
const many = seed.replace(jobsOf(seed), Array.from({ length: 200 }, () => jobsOf(seed)).join('\n'))
const bodies = [
  ['seed smart-cover/workflow.xml', seed],
  ['reference/speech-recognition/sample-2.xml', sample('reference/speech-recognition/sample-2.xml')],
  ['200 jobs', many],
]

const bare = new XMLParser(xmlParserOptions)
// The baseline `npm run bench` used: fast-xml-parser's defaults but for these two options.
const bareDefaults = new XMLParser({ parseTagValue: false, ignoreAttributes: true })
const x2j = new xml2js.Parser({ explicitArray: false })
const x2jSync = (body) => {
  let result
  x2j.parseString(body, (err, r) => {
    if (err) throw err
    result = r
  })
  return result
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1]
/** CPU microseconds per call: steadier than wall time on a machine shared with other work. */
const time = (f, n) => {
  const start = process.cpuUsage()
  for (let i = 0; i < n; i++) f()
  const spent = process.cpuUsage(start)
  return (spent.user + spent.system) / n
}

for (const [name, body] of bodies) {
  const check = parseCallback(body, 'application/xml')
  if (check._tag !== 'Right') throw new Error(`${name} does not decode: ${JSON.stringify(check.left).slice(0, 300)}`)
  const n = Math.max(5, Math.round(1_000_000 / body.length))
  const fs = {
    scan: () => scanXml(body, 100),
    'XMLValidator.validate': () => XMLValidator.validate(body),
    'bare parse': () => bare.parse(body),
    'bare parse, defaults': () => bareDefaults.parse(body),
    'parseXml (scan+parse)': () => parseXml(body, 100),
    parseCallback: () => parseCallback(body, 'application/xml'),
    xml2js: () => x2jSync(body),
  }
  const rounds = Object.fromEntries(Object.keys(fs).map((k) => [k, []]))
  for (const f of Object.values(fs)) time(f, n) // warm-up
  for (let r = 0; r < 11; r++) for (const [k, f] of Object.entries(fs)) rounds[k].push(time(f, n))
  const m = Object.fromEntries(Object.entries(rounds).map(([k, xs]) => [k, median(xs)]))
  const base = m['bare parse']
  console.log(`\n${name} (${(body.length / 1024).toFixed(1)} KiB, ${n} calls per round)`)
  for (const [k, v] of Object.entries(m)) {
    console.log(`  ${k.padEnd(24)} ${v.toFixed(2).padStart(9)} µs  ${(v / base).toFixed(3)}× bare parse`)
  }
  console.log(`  parseCallback / xml2js    ${(m.parseCallback / m.xml2js).toFixed(3)}×`)
}
