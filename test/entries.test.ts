import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import * as t from 'io-ts'
import * as main from 'tencent-ci-callback'
import * as codecs from 'tencent-ci-callback/codecs'
import { JOB_CODECS } from '../src/codecs/tags/registry'
import { samples } from './support/samples'

// The main entry is the user API; the io-ts codecs are in `tencent-ci-callback/codecs`.

const root = join(__dirname, '..')
const codecNames = (entry: object): ReadonlyArray<string> =>
  Object.entries(entry)
    .filter(([, value]) => value instanceof t.Type)
    .map(([name]) => name)

describe('the main entry', () => {
  it('exports at most 150 names at run time, none of them a codec', () => {
    expect(Object.keys(main).length).toBeLessThanOrEqual(150)
    expect(codecNames(main)).toStrictEqual([])
  })

  it('is at most 200 lines', () => {
    expect(readFileSync(join(root, 'src', 'index.ts'), 'utf8').split('\n').length).toBeLessThanOrEqual(200)
  })

  it('decodes each job of every sample to a value its Tag codec accepts, every Tag sampled', () => {
    const jobs = samples
      .map(({ bytes, format }) => main.parseCallback(bytes, `application/${format}`))
      .flatMap((r) => (r._tag === 'Right' && r.right.EventName === 'TaskFinish' ? r.right.JobsDetail : []))
    const modelled = jobs.flatMap((job) => {
      const codec = JOB_CODECS.find((c) => c.tag === job.Tag)
      return codec === undefined ? [] : [{ job, codec }]
    })
    expect(new Set(modelled.map(({ job }) => job.Tag)).size).toBe(JOB_CODECS.length)
    for (const { job, codec } of modelled) expect(codec.is(job)).toBe(true)
  })
})

describe('the codecs entry', () => {
  it('exports the codec of every job Tag, the callback union and the codec kit', () => {
    const exported = new Set<unknown>(Object.values(codecs))
    expect(JOB_CODECS.filter((codec) => !exported.has(codec)).map((codec) => codec.name)).toStrictEqual([])
    expect(codecNames(codecs)).toEqual(
      expect.arrayContaining(['CiCallback', 'TaskFinishCallback', 'JobsDetail', 'DateFromTencentTime']),
    )
    expect(typeof codecs.oneOf).toBe('function')
    expect(typeof codecs.alias).toBe('function')
  })
})

describe('names in src/ and test/', () => {
  it('carry no work-stream label', () => {
    const label = /\b(issue [0-9]+|tags-(misc|media|ai))\b/i
    const labelled = ['src', 'test'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.ts$/.test(file))
        .map((file) => join(dir, file))
        .filter((file) => file !== join('test', 'entries.test.ts'))
        .filter((file) => label.test(file) || label.test(readFileSync(join(root, file), 'utf8'))),
    )
    expect(labelled).toStrictEqual([])
  })
})
