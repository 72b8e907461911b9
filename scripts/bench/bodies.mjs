// The bodies the benchmark decodes: samples read from samples/, and larger or broken bodies
// generated in memory from the seed SmartCover callback (samples/smart-cover/workflow.*).

import { readFileSync } from 'node:fs'

/** The largest body parseCallback accepts by default (DEFAULT_OPTIONS.maxBytes). */
export const FOUR_MIB = 4 * 1024 * 1024

/** Reads `samples/<name>` as text. */
export const sample = (name) => readFileSync(new URL(`../../samples/${name}`, import.meta.url), 'utf8')

export const SEED_XML = 'smart-cover/workflow.xml'
export const SEED_JSON = 'smart-cover/workflow.json'
export const LARGE_XML = 'reference/speech-recognition/sample-2.xml'
export const LARGE_JSON = 'reference/speech-recognition/sample-2.json'

/** UTF-8 size of a text body. */
export const byteLength = (text) => Buffer.byteLength(text, 'utf8')

/** Gives job `i` its own JobId, of the same length as the seed's, so no two jobs are equal. */
const withJobId = (jobText, i) =>
  jobText.replace(/j6842765cf84611ecb8546d80f2baf56f/, `j6842765cf84611ecb8546d80${i.toString(16).padStart(7, '0')}`)

/** Same-length edits that each make one field of a seed job invalid, used in turn. */
const INVALID_EDITS = [
  ['<Count>5</Count>', '<Count>x</Count>'],
  ['<Width>1280</Width>', '<Width>12x0</Width>'],
  ['<Height>960</Height>', '<Height>9x0</Height>'],
  ['<DeleteDuplicates>false</DeleteDuplicates>', '<DeleteDuplicates>falsy</DeleteDuplicates>'],
  ['<CreationTime>2022-06-30T15:29:42+0800</CreationTime>', '<CreationTime>2022-13-30T15:29:42+0800</CreationTime>'],
]

/** The edits of `INVALID_EDITS` that make an optional field invalid: graded decoding drops them. */
export const OPTIONAL_EDITS = INVALID_EDITS.filter(([from]) => !from.startsWith('<CreationTime>'))

/** The seed XML split around its one `<JobsDetail>` element. */
const seedXmlParts = () => {
  const seed = sample(SEED_XML)
  const start = seed.indexOf('    <JobsDetail>')
  const close = '</JobsDetail>\n'
  const end = seed.lastIndexOf(close) + close.length
  if (start < 0 || end < close.length) throw new Error(`${SEED_XML} no longer has one <JobsDetail> element`)
  return { head: seed.slice(0, start), job: seed.slice(start, end), tail: seed.slice(end) }
}

/**
 * The seed XML callback with `jobs` jobs; the jobs whose index `invalid(i)` accepts carry one
 * invalid field each (a same-length edit, so the body keeps the size of the valid one).
 */
export const xmlWithJobs = (jobs, invalid = () => false, edits_ = INVALID_EDITS) => {
  const { head, job, tail } = seedXmlParts()
  const parts = [head]
  let edits = 0
  for (let i = 0; i < jobs; i++) {
    let text = withJobId(job, i)
    if (invalid(i)) {
      const [from, to] = edits_[edits++ % edits_.length]
      if (!text.includes(from)) throw new Error(`the seed job no longer contains ${from}`)
      text = text.replace(from, to)
    }
    parts.push(text)
  }
  parts.push(tail)
  return parts.join('')
}

/** The seed JSON callback with `jobs` jobs, pretty-printed as the seed is. */
export const jsonWithJobs = (jobs) => {
  const seed = JSON.parse(sample(SEED_JSON))
  const [job] = seed.JobsDetail
  const jobText = JSON.stringify(job)
  const list = []
  for (let i = 0; i < jobs; i++) list.push(JSON.parse(withJobId(jobText, i)))
  return JSON.stringify({ ...seed, JobsDetail: list }, null, 4)
}

/** The most jobs `make(jobs)` can hold while staying at or under `limit` bytes. */
export const mostJobsUnder = (make, limit) => {
  const one = byteLength(make(1))
  const perJob = byteLength(make(2)) - one
  const jobs = Math.floor((limit - (one - perJob)) / perJob)
  const body = make(jobs)
  if (byteLength(body) > limit) throw new Error(`a ${jobs}-job body is over ${limit} bytes`)
  return { jobs, body }
}

/** An XML body cut just before its closing `</Response>`: not well-formed, almost its full size. */
export const truncatedXml = (xml) => xml.slice(0, xml.lastIndexOf('</Response>'))

/** A JSON body without its last closing brace. */
export const truncatedJson = (json) => json.slice(0, json.lastIndexOf('}'))
