// Peak memory of one decode of a body just under 4 MiB, each run in a fresh child process
// (memory-child.mjs, with --expose-gc) so nothing else in the heap blurs the figures: by
// parseCallback, XML and JSON, and by a bare fast-xml-parser parse of the same XML bytes with
// the library's options, the floor of any decoder that parses the whole body with it at once.

import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { median } from './measure.mjs'

const CHILD = fileURLToPath(new URL('./memory-child.mjs', import.meta.url))
const MiB = 1024 * 1024

/** The heap sizes before each collection in a V8 `--trace-gc` log, in bytes. */
const heapBeforeCollections = (trace) =>
  [...trace.matchAll(/ (\d+(?:\.\d+)?) \((\d+(?:\.\d+)?)\) -> (\d+(?:\.\d+)?) \((\d+(?:\.\d+)?)\) MB/g)].map(
    (m) => Number(m[1]) * MiB,
  )

const runChild = (distDir, format, subject) => {
  const r = spawnSync(process.execPath, ['--expose-gc', CHILD, distDir, format, subject], {
    encoding: 'utf8',
    timeout: 120_000,
    maxBuffer: 16 * MiB,
  })
  const line = r.stderr.split('\n').find((l) => l.startsWith('RESULT '))
  if (r.status !== 0 || line === undefined) {
    throw new Error(`memory child (${format}, ${subject}) failed: ${r.error?.message ?? ''}${r.stderr}`)
  }
  const m = JSON.parse(line.slice('RESULT '.length))
  if (m.decoded !== m.jobs) throw new Error(`the ${m.bodyBytes}-byte ${format} body did not decode to ${m.jobs} jobs`)
  // Between collections the heap only grows, so its peak is just before one of them, or at the end.
  const collections = heapBeforeCollections(r.stdout)
  const peakHeap = Math.max(m.heapUsedAfter, ...collections)
  return {
    collections: collections.length,
    bodyBytes: m.bodyBytes,
    jobs: m.jobs,
    heapPeakGrowth: peakHeap - m.heapUsedBefore,
    rssPeakGrowth: m.maxRss - m.rssBefore,
    retained: m.retained,
  }
}

/** What is measured: row id, body format, and the decoder (a `memory-child.mjs` subject). */
const SUBJECTS = [
  ['memory-xml', 'xml', 'parseCallback'],
  ['memory-fast-xml-parser', 'xml', 'fast-xml-parser'],
  ['memory-json', 'json', 'parseCallback'],
]

/**
 * Per row of SUBJECTS, the medians over `runs` children of: peak heap growth, peak RSS growth
 * and the heap the decoded value keeps, in bytes; and the number of collections during the decode.
 */
export const measureMemory = (distDir, runs) =>
  SUBJECTS.map(([id, format, subject]) => {
    const results = Array.from({ length: runs }, () => runChild(distDir, format, subject))
    const { bodyBytes, jobs } = results[0]
    const of = (key) => median(results.map((r) => r[key]))
    return {
      id,
      format,
      subject,
      bodyBytes,
      jobs,
      heapPeakGrowth: of('heapPeakGrowth'),
      rssPeakGrowth: of('rssPeakGrowth'),
      retained: of('retained'),
      collections: of('collections'),
      runs,
    }
  })
