// Child process of the memory benchmark, run with --expose-gc: decodes one generated body just
// under 4 MiB and reports the memory it took. Arguments: the build directory, `xml` or `json`,
// and what decodes it: `parseCallback` (the default), or `fast-xml-parser` for a bare
// fast-xml-parser `parse` of the same XML bytes with the library's own options
// (XML_PARSER_OPTIONS): the baseline the XML figure is read against.
// V8's GC trace is switched on for the decode only, and goes to stdout: the parent reads the
// heap size before each collection from it (the peak between collections). The figures go to
// stderr, as the last line, after `RESULT `.

import v8 from 'node:v8'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { FOUR_MIB, SEED_JSON, SEED_XML, jsonWithJobs, mostJobsUnder, sample, xmlWithJobs } from './bodies.mjs'

const [distDir, format, subject = 'parseCallback'] = process.argv.slice(2)
const { parseCallback, XML_PARSER_OPTIONS } = await import(pathToFileURL(join(distDir, 'index.js')).href)
const contentType = format === 'xml' ? 'application/xml' : 'application/json'
const { jobs, body: text } = mostJobsUnder(format === 'xml' ? xmlWithJobs : jsonWithJobs, FOUR_MIB)
// The bytes as a server framework hands them over (express.raw gives a Buffer).
const body = Buffer.from(text, 'utf8')

const { XMLParser } = await import('fast-xml-parser')
/** Per decoder: the decode measured, and the number of jobs in what it returned (-1 when it failed). */
const decoders = {
  parseCallback: {
    decode: (b) => parseCallback(b, contentType),
    jobsIn: (result) => (result._tag === 'Right' ? result.right.JobsDetail.length : -1),
  },
  'fast-xml-parser': {
    decode: (b) => new XMLParser(XML_PARSER_OPTIONS).parse(b),
    // One job is one element, not a list, in fast-xml-parser's tree.
    jobsIn: (tree) => {
      const jobs = tree?.Response?.JobsDetail
      return Array.isArray(jobs) ? jobs.length : typeof jobs === 'object' && jobs !== null ? 1 : -1
    },
  },
}
const decoder = decoders[subject]
if (decoder === undefined || (subject === 'fast-xml-parser' && format !== 'xml')) {
  throw new Error(`no decoder ${subject} for ${format}`)
}
const { decode, jobsIn } = decoder

// Compile the decode path and build its caches before measuring.
if (jobsIn(decode(Buffer.from(sample(format === 'xml' ? SEED_XML : SEED_JSON), 'utf8'))) !== 1) {
  throw new Error('the seed sample does not decode')
}

globalThis.gc()
globalThis.gc()
const before = process.memoryUsage()
v8.setFlagsFromString('--trace-gc')
const result = decode(body)
v8.setFlagsFromString('--no-trace-gc')
const heapUsedAfter = process.memoryUsage().heapUsed
const maxRss = process.resourceUsage().maxRSS * 1024
globalThis.gc()
globalThis.gc()
const retained = process.memoryUsage().heapUsed - before.heapUsed
const decoded = jobsIn(result)

process.stderr.write(
  `RESULT ${JSON.stringify({ bodyBytes: body.length, jobs, decoded, heapUsedBefore: before.heapUsed, heapUsedAfter, rssBefore: before.rss, maxRss, retained })}\n`,
)
