import * as E from 'fp-ts/lib/Either.js'
import * as t from 'io-ts'
import { parseCallback } from '../../../src/parse-callback'
import { isWorkflowJob } from '../../../src/guards'
import { JobsDetail } from '../../../src/codecs/job/jobs-detail'
import { operationProps } from '../../../src/codecs/job/operation'
import { inferTag } from '../../../src/codecs/tags/tag-inference'
import {
  JOB_CODECS,
  JOB_TAGS,
  RESULT_NODE_TAGS,
  TAG_COS_HEADERS,
  TAG_OUTPUT_READERS,
} from '../../../src/codecs/tags/registry'
import { samples } from '../../support/samples'

// The per-Tag tables are derived from the Tag modules' facts; these tests hold them against the codecs
// and the samples, not against themselves: a registry line, a result node, an output reader or the
// Tts headers' place taken away makes one of them fail.

interface Struct {
  readonly required: t.Props
  readonly optional: t.Props
}
const isStruct = (u: unknown): u is Struct => typeof u === 'object' && u !== null && 'required' in u && 'optional' in u

/** The fields a Tag's `Operation` codec declares beyond those every Tag shares. */
const ownFields = (codec: unknown): ReadonlyArray<string> => {
  const operation = isStruct(codec) ? codec.required['Operation'] : undefined
  if (!isStruct(operation)) throw new Error('a job codec is a struct with an Operation struct')
  return Object.keys(operation.optional).filter((key) => !(key in operationProps))
}
const fieldsByTag: ReadonlyArray<readonly [string, ReadonlyArray<string>]> = JOB_CODECS.map((codec) => [
  codec.tag,
  ownFields(codec),
])
const declaring = (field: string): ReadonlyArray<string> =>
  fieldsByTag.filter(([, fields]) => fields.includes(field)).map(([tag]) => tag)

/**
 * `PicProcessResult` is also written by PosterProduction (its jobs run on the image-processing queue),
 * yet a job without `Tag` that carries it is taken as PicProcess, as the catalog's inference table says.
 */
const SHARED_RESULT_NODES: ReadonlyMap<string, ReadonlyArray<string>> = new Map([
  ['PicProcessResult', ['PicProcess', 'PosterProduction']],
])

/**
 * `*Result` nodes only one Tag declares that do not name their Tag: the inference table keeps the
 * result nodes of the catalog (Q10), and a new one would change how a job without `Tag` decodes.
 * `DNAResult` is the Java SDK's spelling of DNA's `DnaResult`; `DocWatermarkResult` is absent from
 * every callback sample.
 */
const NOT_INFERRING = ['DNAResult', 'DocWatermarkResult']

/** Result nodes no sample carries: Translation's is documented for the submit API only. */
const UNSAMPLED_RESULT_NODES = ['AITranslateResult']

/** Every job of every sample callback, decoded, with its sample's name. */
const sampleJobs = samples.flatMap(({ name, bytes, format }) => {
  const result = parseCallback(bytes, `application/${format}`)
  return E.isRight(result) && result.right.EventName === 'TaskFinish'
    ? result.right.JobsDetail.map((job) => ({ name, job }))
    : []
})

/** A decoded job back on the wire, without its `Tag`. */
const withoutTag = (job: JobsDetail): Readonly<Record<string, unknown>> => {
  const { Tag: _tag, TagInferred: _inferred, ...rest } = JobsDetail.encode(job)
  return rest
}

describe('the registry', () => {
  it('lists a codec for every Tag the samples send, in the order of JOB_TAGS', () => {
    expect(JOB_CODECS.map((codec) => codec.tag)).toStrictEqual([...JOB_TAGS])
    const sent = new Set(
      sampleJobs
        .filter(({ name }) => !name.startsWith('unknown/'))
        .map(({ job }) => (job.Tag === 'Unknown' ? job.UnknownTag : job.Tag)),
    )
    expect([...sent].filter((tag) => !JOB_TAGS.some((known) => known === tag))).toStrictEqual([])
    expect(sent.size).toBe(JOB_TAGS.length)
  })
})

describe('RESULT_NODE_TAGS', () => {
  it('names for each result node the Tag whose Operation codec declares it, and no other Tag declares it', () => {
    expect(RESULT_NODE_TAGS.length).toBeGreaterThan(0)
    for (const [node, tag] of RESULT_NODE_TAGS) {
      expect({ node, declaring: declaring(node) }).toStrictEqual({
        node,
        declaring: SHARED_RESULT_NODES.get(node) ?? [tag],
      })
    }
  })

  it('holds the `*Result` nodes only one Tag declares (but two), the shared one, and ImageOCR’s Detection', () => {
    const unique = fieldsByTag.flatMap(([tag, fields]) =>
      fields
        .filter((field) => field.endsWith('Result') && declaring(field).length === 1 && !NOT_INFERRING.includes(field))
        .map((field) => [field, tag]),
    )
    const shared = [...SHARED_RESULT_NODES].map(([node, tags]) => [node, tags[0]])
    const byNode = (a: ReadonlyArray<unknown>, b: ReadonlyArray<unknown>) => String(a[0]).localeCompare(String(b[0]))
    expect([...RESULT_NODE_TAGS].sort(byNode)).toStrictEqual(
      [...unique, ...shared, ['Detection', 'ImageOCR']].sort(byNode),
    )
  })

  it('gives a sample job with its Tag taken away its own Tag back, from each result node', () => {
    for (const [node, tag] of RESULT_NODE_TAGS) {
      const carrying = sampleJobs.filter(({ job }) => job.Tag === tag && node in job.Operation)
      expect({ node, sampled: carrying.length > 0 }).toStrictEqual({
        node,
        sampled: !UNSAMPLED_RESULT_NODES.includes(node),
      })
      for (const { job } of carrying) {
        const wire = withoutTag(job)
        expect(inferTag(wire)).toBe(tag)
        expect(JobsDetail.decode(wire)).toMatchObject(E.right({ Tag: tag, TagInferred: true }))
      }
    }
  })

  it('never gives a sample job with its Tag taken away another Tag', () => {
    for (const { name, job } of sampleJobs) {
      if (job.Tag === 'Unknown') continue
      const inferred = inferTag(withoutTag(job))
      const shared = [...SHARED_RESULT_NODES].some(([node, tags]) => node in job.Operation && tags.includes(job.Tag))
      if (inferred !== undefined && !shared) expect({ name, inferred }).toStrictEqual({ name, inferred: job.Tag })
    }
  })
})

/** The objects each sample shows its job wrote outside `MediaResult` (the XML and JSON forms alike). */
const SHOWN: Readonly<Record<string, ReadonlyArray<string>>> = {
  'constructed/doc-aigc-metadata/label': ['output/abc-aigc.pdf'],
  'constructed/doc-process/one-page': ['output/report-1.png'],
  'constructed/doc-process/sheet-pictures': ['output/sheet-1.jpg', 'output/sheet-2.jpg'],
  'constructed/doc-watermark/image': ['output/contract-watermarked.pdf'],
  'constructed/file-compress/zip': ['archives/photos.zip'],
  'constructed/noise-reduction/params': ['output/clean.wav'],
  'constructed/pic-process/documented': ['thumbs/cat.webp'],
  'constructed/pic-process/upload-result': ['rotated/dog.jpg'],
  'constructed/poster-production/sale': ['posters/sale-1.jpg'],
  'constructed/speech-recognition/flash': ['asr/greeting.txt'],
  'legacy/speech-recognition-no-tag': ['/example.txt', '/example.txt.detail'],
  'reference/noise-reduction/sample-1': ['output/nr.wav'],
  'reference/pic-process/sample-1': ['output/out.jpg'],
  'reference/pic-process/sample-2': ['output/out.jpg'],
  'reference/speech-recognition/sample-1': ['/example.txt', '/example.txt.detail'],
  'reference/speech-recognition/sample-2': ['/example.txt', '/example.txt.detail'],
}

describe('TAG_OUTPUT_READERS', () => {
  const read = sampleJobs.flatMap(({ name, job }) => {
    const reader = job.Tag === 'Unknown' ? undefined : TAG_OUTPUT_READERS[job.Tag]
    return reader === undefined
      ? []
      : [{ name: name.replace(/\.(xml|json)$/, ''), keys: reader(job).map((o) => o.key) }]
  })

  it('reads, over each sample of a Tag with a reader, the objects the sample shows', () => {
    expect(read.filter(({ keys }) => keys.length > 0)).toStrictEqual(
      read.filter(({ name }) => name in SHOWN).map(({ name }) => ({ name, keys: SHOWN[name] })),
    )
  })

  it('is read for every sample that shows objects outside MediaResult, each key as the body spells it', () => {
    const names = new Set(read.map(({ name }) => name))
    expect(Object.keys(SHOWN).filter((name) => !names.has(name))).toStrictEqual([])
    for (const { name, bytes } of samples) {
      const keys = SHOWN[name.replace(/\.(xml|json)$/, '')] ?? []
      for (const key of keys)
        expect({ name, key, shown: bytes.toString('utf8').includes(key) }).toMatchObject({ shown: true })
    }
  })

  it('gives [] for a job of another Tag', () => {
    const other = sampleJobs.find(({ job }) => job.Tag === 'Transcode')?.job
    expect(other).toBeDefined()
    for (const reader of Object.values(TAG_OUTPUT_READERS))
      if (other !== undefined) expect(reader(other)).toStrictEqual([])
  })
})

describe('TAG_COS_HEADERS', () => {
  it('finds the triggering headers of every workflow sample job that has no Input.CosHeaders', () => {
    const elsewhere = sampleJobs.filter(({ job }) => isWorkflowJob(job) && job.Input?.CosHeaders === undefined)
    expect(elsewhere.length).toBeGreaterThan(0)
    for (const { name, job } of elsewhere) {
      expect({ name, headers: (TAG_COS_HEADERS.get(job.Tag)?.(job) ?? []).length > 0 }).toStrictEqual({
        name,
        headers: true,
      })
    }
  })
})
