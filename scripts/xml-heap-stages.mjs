// Peak heap growth of each stage of the XML decode, alone, on the benchmark's XML body just under
// 4 MiB (1479 SmartCover jobs), each in a fresh child process, read from V8's --trace-gc log as
// scripts/bench/memory-child.mjs does. Shows where the peak comes from: fast-xml-parser's own
// parse (with the library's options, and with every blank text kept, as the parser did before it dropped them), its
// ordered tree alone (`preserveOrder`), then parseXml, the normaliser, the codecs and the whole
// parseCallback. Compiles src/ on the fly with esbuild (a tsup dependency), no build needed:
//   node scripts/xml-heap-stages.mjs [runs] [stage,stage…]
// Figures only: nothing here asserts a size.

import { buildSync } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import v8 from 'node:v8'

const root = fileURLToPath(new URL('..', import.meta.url))
// Inside node_modules, so the bundle's imports of the dependencies resolve.
const out = join(root, 'node_modules', '.cache', 'xml-heap-stages', 'entry.mjs')
const MiB = 1024 * 1024

/** Every text kept as written: fast-xml-parser as the library configured it before `dropBlankBetweenElements`. */
const keepAll = (l) => ({ ...l.xmlParserOptions, tagValueProcessor: () => undefined })

// Each stage gets the library, the body as bytes and as text (made before measuring).
const STAGES = {
  'bytes → text (bodyText)': (l, bytes) => l.bodyText(bytes, 'xml'),
  'fast-xml-parser parse, bytes': (l, bytes) => new l.XMLParser(l.xmlParserOptions).parse(bytes),
  'fast-xml-parser parse, text': (l, bytes, text) => new l.XMLParser(l.xmlParserOptions).parse(text),
  'fast-xml-parser parse, text, blanks kept': (l, bytes, text) => new l.XMLParser(keepAll(l)).parse(text),
  'its ordered tree alone': (l, bytes, text) =>
    new l.XMLParser({ ...l.xmlParserOptions, preserveOrder: true }).parse(text),
  'its ordered tree alone, blanks kept': (l, bytes, text) =>
    new l.XMLParser({ ...keepAll(l), preserveOrder: true }).parse(text),
  'parseXml (scan, parse in runs)': (l, bytes, text) => l.parseXml(text, 100),
  'parseXml + normalise': (l, bytes, text) =>
    l.normaliseTree(l.parseXml(text, 100).right, l.restoreElementName, true, l.DEFAULT_OPTIONS).value,
  'parseXml + normalise + codecs': (l, bytes, text) => {
    const tree = l.normaliseTree(l.parseXml(text, 100).right, l.restoreElementName, true, l.DEFAULT_OPTIONS).value
    return l.ciCallbackCodec(l.DEFAULT_OPTIONS).decode(tree)
  },
  'parseCallback, text': (l, bytes, text) => l.parseCallback(text, 'application/xml'),
  'parseCallback, bytes': (l, bytes) => l.parseCallback(bytes, 'application/xml'),
}

if (process.argv[2] === '--child') {
  const run = STAGES[process.argv[3]]
  const l = await import(pathToFileURL(out).href)
  const { mostJobsUnder, xmlWithJobs, sample, SEED_XML, FOUR_MIB } = await import(
    pathToFileURL(join(root, 'scripts/bench/bodies.mjs')).href
  )
  const bytes = Buffer.from(mostJobsUnder(xmlWithJobs, FOUR_MIB).body, 'utf8')
  // A flat string, as bodyText makes, not the joined rope the generator returns.
  const text = bytes.toString('utf8')
  const seed = sample(SEED_XML)
  for (let i = 0; i < 3; i++) run(l, Buffer.from(seed, 'utf8'), seed)
  globalThis.gc()
  globalThis.gc()
  const before = process.memoryUsage().heapUsed
  v8.setFlagsFromString('--trace-gc')
  const result = run(l, bytes, text)
  v8.setFlagsFromString('--no-trace-gc')
  const after = process.memoryUsage().heapUsed
  globalThis.gc()
  globalThis.gc()
  const kept = process.memoryUsage().heapUsed - before
  process.stderr.write(
    `RESULT ${JSON.stringify({ bytes: bytes.length, before, after, kept, ok: result !== undefined })}\n`,
  )
} else {
  buildSync({
    stdin: {
      contents: `
        export { XMLParser } from 'fast-xml-parser'
        export { bodyText } from './src/body.ts'
        export { parseXml } from './src/xml/parse-xml.ts'
        export { xmlParserOptions } from './src/xml/parser-options.ts'
        export { restoreElementName } from './src/xml/reserved-names.ts'
        export { normaliseTree } from './src/normalise/normalise.ts'
        export { ciCallbackCodec } from './src/codecs/envelope/callback.ts'
        export { DEFAULT_OPTIONS } from './src/options.ts'
        export { parseCallback } from './src/parse-callback.ts'
      `,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    external: ['fast-xml-parser', 'fp-ts', 'io-ts'],
    logLevel: 'warning',
  })
  const runs = Number(process.argv[2] ?? 3)
  const stages = process.argv[3]?.split(',') ?? Object.keys(STAGES)
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
  console.log(`Peak heap growth and heap kept, median of ${runs} fresh processes per stage:\n`)
  console.log('| Stage | Peak heap growth | Heap kept by the result |\n| --- | --- | --- |')
  for (const stage of stages) {
    if (STAGES[stage] === undefined)
      throw new Error(`no stage ${stage}: the stages are ${Object.keys(STAGES).join(', ')}`)
    const peaks = []
    const kept = []
    let bytes = 0
    for (let r = 0; r < runs; r++) {
      const p = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', stage], {
        encoding: 'utf8',
        maxBuffer: 64 * MiB,
      })
      const line = p.stderr.split('\n').find((x) => x.startsWith('RESULT '))
      if (p.status !== 0 || line === undefined) throw new Error(`stage ${stage} failed: ${p.stderr}`)
      const m = JSON.parse(line.slice('RESULT '.length))
      if (!m.ok) throw new Error(`stage ${stage} returned nothing`)
      // Between collections the heap only grows, so its peak is just before one of them, or at the end.
      const collections = [...p.stdout.matchAll(/ (\d+(?:\.\d+)?) \((\d+(?:\.\d+)?)\) -> /g)].map(
        (x) => Number(x[1]) * MiB,
      )
      peaks.push(Math.max(m.after, ...collections) - m.before)
      kept.push(m.kept)
      bytes = m.bytes
    }
    const f = (x) => `${(x / MiB).toFixed(1)} MiB (${(x / bytes).toFixed(1)}×)`
    console.log(`| ${stage} | ${f(median(peaks))} | ${f(median(kept))} |`)
  }
}
