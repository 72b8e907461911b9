// Child process of the memory benchmark, run with --expose-gc: decodes one generated body just
// under 4 MiB and reports the memory it took. Arguments: the build directory and `xml` or `json`.
// V8's GC trace is switched on for the decode only, and goes to stdout: the parent reads the
// heap size before each collection from it (the peak between collections). The figures go to
// stderr, as the last line, after `RESULT `.

import v8 from 'node:v8'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { FOUR_MIB, SEED_JSON, SEED_XML, jsonWithJobs, mostJobsUnder, sample, xmlWithJobs } from './bodies.mjs'

const [distDir, format] = process.argv.slice(2)
const { parseCallback } = await import(pathToFileURL(join(distDir, 'index.js')).href)
const contentType = format === 'xml' ? 'application/xml' : 'application/json'
const { jobs, body: text } = mostJobsUnder(format === 'xml' ? xmlWithJobs : jsonWithJobs, FOUR_MIB)
// The bytes as a server framework hands them over (express.raw gives a Buffer).
const body = Buffer.from(text, 'utf8')

// Compile the decode path and build its caches before measuring.
if (parseCallback(sample(format === 'xml' ? SEED_XML : SEED_JSON), contentType)._tag !== 'Right') {
  throw new Error('the seed sample does not decode')
}

globalThis.gc()
globalThis.gc()
const before = process.memoryUsage()
v8.setFlagsFromString('--trace-gc')
const result = parseCallback(body, contentType)
v8.setFlagsFromString('--no-trace-gc')
const heapUsedAfter = process.memoryUsage().heapUsed
const maxRss = process.resourceUsage().maxRSS * 1024
globalThis.gc()
globalThis.gc()
const retained = process.memoryUsage().heapUsed - before.heapUsed
const decoded = result._tag === 'Right' ? result.right.JobsDetail.length : -1

process.stderr.write(
  `RESULT ${JSON.stringify({ bodyBytes: body.length, jobs, decoded, heapUsedBefore: before.heapUsed, heapUsedAfter, rssBefore: before.rss, maxRss, retained })}\n`,
)
