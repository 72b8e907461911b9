// A first, small benchmark: parseCallback against the bare parser it builds on, measured in the
// same run (ratios, not absolute times, are the figures to compare). Run after `npm run build`:
//   npm run bench
// Each figure is the median of 7 rounds of N calls, after a warm-up.

import { readFileSync } from 'node:fs'
import { XMLParser } from 'fast-xml-parser'
import { parseCallback } from '../dist/index.js'

const sample = (name) => readFileSync(new URL(`../samples/${name}`, import.meta.url), 'utf8')
const bareXml = new XMLParser({ parseTagValue: false, ignoreAttributes: true })

/** Median microseconds per call of `f`. */
const measure = (f, n) => {
  for (let i = 0; i < n; i++) f()
  const rounds = []
  for (let r = 0; r < 7; r++) {
    const start = process.hrtime.bigint()
    for (let i = 0; i < n; i++) f()
    rounds.push(Number(process.hrtime.bigint() - start) / 1e3 / n)
  }
  return rounds.sort((a, b) => a - b)[3]
}

const cases = [
  ['smart-cover/workflow.xml', 'application/xml', (body) => bareXml.parse(body), 'fast-xml-parser parse()'],
  [
    'reference/speech-recognition/sample-2.xml',
    'application/xml',
    (body) => bareXml.parse(body),
    'fast-xml-parser parse()',
  ],
  ['smart-cover/workflow.json', 'application/json', (body) => JSON.parse(body), 'JSON.parse()'],
  ['reference/video-tag/sample-1.json', 'application/json', (body) => JSON.parse(body), 'JSON.parse()'],
]

console.log(`node ${process.version}`)
for (const [name, contentType, baseline, baselineName] of cases) {
  const body = sample(name)
  const n = contentType.endsWith('xml') ? 2000 : 10000
  const ours = measure(() => parseCallback(body, contentType), n)
  const base = measure(() => baseline(body), n)
  console.log(
    `${name} (${(body.length / 1024).toFixed(1)} KiB): parseCallback ${ours.toFixed(1)} µs, ` +
      `${baselineName} ${base.toFixed(1)} µs → ${(ours / base).toFixed(2)}× the bare parse`,
  )
}
