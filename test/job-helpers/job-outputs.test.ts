import { JobsDetail } from '../../src/codecs/job/jobs-detail'
import { parseCallback } from '../../src/parse-callback'
import { jobOutputs } from '../../src/job-helpers/job-outputs'
import { TAG_OUTPUT_READERS } from '../../src/codecs/tags/registry'
import { getRight } from '../support/either'
import { sample } from '../support/samples'
import { taskFinish } from '../support/callbacks'

const firstJob = (name: string): JobsDetail => {
  const job = taskFinish(parseCallback(sample(name).bytes)).JobsDetail[0]
  if (job === undefined) throw new Error(`${name}: no job`)
  return job
}

/** The outputs of a sample's first job, read from its XML and from its JSON: both must agree. */
const outputsOf = (xml: string, json: string) => {
  const fromXml = jobOutputs(firstJob(xml))
  expect(jobOutputs(firstJob(json))).toStrictEqual(fromXml)
  return fromXml
}

const at = (key: string, md5?: string) =>
  md5 === undefined
    ? { bucket: 'test-123456789', region: 'ap-chongqing', key }
    : { bucket: 'test-123456789', region: 'ap-chongqing', key, md5 }

describe('jobOutputs', () => {
  it('Snapshot: prefix + each relative name, then the sprite sheet', () => {
    expect(outputsOf('reference/snapshot/sample-2.xml', 'reference/snapshot/sample-2.json')).toStrictEqual([
      at('output/snapshot-0.jpg'),
      at('output/snapshot-1.jpg'),
      at('output/snapshot-2.jpg'),
      at('output/snapshot-3.jpg'),
      at('output/snapshot-4.jpg'),
      at('output/snapshot-5.jpg'),
      at('output/sprite-0.jpg'),
    ])
  })

  it('Segment: nine files, each matched with the MD5 Md5Info gives for its full key', () => {
    const outputs = outputsOf('reference/segment/sample-2.xml', 'reference/segment/sample-2.json')
    expect(outputs).toStrictEqual([
      at('output/segment-0', '59a4edd95c6ddca43277d82cf33edc0d'),
      at('output/segment-1', '7fdacd7f2e2dbdc1dc3ccc00f96893b5'),
      at('output/segment-2', '4c377ddb6f65021f6741dbd45bbff654'),
      at('output/segment-3', '59317dbc9db6d4d6fb723e3005809c01'),
      at('output/segment-4', 'a81091e57005eece211b5f60bfbddea1'),
      at('output/segment-5', '7b87e88264a983a06b17558c8a3a2bd8'),
      at('output/segment-6', '607b2abc29ed11ad1d2f678b594c6ffa'),
      at('output/segment-7', '4fe2d33dc9d08a5ea9d5d6db0f724008'),
      at('output/segment-8', 'a84dd4f738ce81f4e3da55b393b2fae4'),
    ])
  })

  it('VoiceSeparate: the two tracks with their MD5s', () => {
    expect(outputsOf('reference/voice-separate/sample-2.xml', 'reference/voice-separate/sample-2.json')).toStrictEqual([
      at('output/audio.mp3', '3b883c0462ba845acdf3eb7e30db1a1c'),
      at('output/backgroud.mp3', '62de6bb513d6105eeeb1a6ab0077cb5a'),
    ])
  })

  it('SmartCover: the five covers, full keys, no MD5 (Md5Info is empty)', () => {
    expect(outputsOf('smart-cover/workflow.xml', 'smart-cover/workflow.json')).toStrictEqual(
      [0, 1, 2, 3, 4].map((n) => at(`output/smartcover-${n}.jpg`)),
    )
    expect(jobOutputs(firstJob('smart-cover/api.xml'))).toHaveLength(5)
  })

  it('lists nothing for a failed job, nor for a job that writes nothing', () => {
    expect(jobOutputs(firstJob('smart-cover/failed.xml'))).toStrictEqual([])
    expect(jobOutputs(firstJob('reference/extract-digital-watermark/sample-1.xml'))).toStrictEqual([])
    expect(jobOutputs(firstJob('reference/media-info/sample-1.xml'))).toStrictEqual([])
  })

  it('reads Tag-specific results: FileCompress, DocProcess pages, the echoed Output of NoiseReduction', () => {
    const zip = outputsOf('constructed/file-compress/zip.xml', 'constructed/file-compress/zip.json')
    expect(zip).toStrictEqual([
      { bucket: 'examplebucket-1250000000', region: 'ap-guangzhou', key: 'archives/photos.zip' },
    ])
    const pages = outputsOf('constructed/doc-process/sheet-pictures.xml', 'constructed/doc-process/sheet-pictures.json')
    expect(pages.map((o) => o.key)).toStrictEqual(['output/sheet-1.jpg', 'output/sheet-2.jpg'])
    expect(
      outputsOf('reference/noise-reduction/sample-1.xml', 'reference/noise-reduction/sample-1.json'),
    ).toStrictEqual([at('output/nr.wav')])
  })

  it('reads the Tags typed on other branches through the extension table: SpeechRecognition, PicProcess', () => {
    const speech = jobOutputs(firstJob('reference/speech-recognition/sample-1.xml'))
    expect(speech.map((o) => o.key)).toStrictEqual(['/example.txt', '/example.txt.detail'])
    expect(jobOutputs(firstJob('reference/pic-process/sample-1.xml'))).toStrictEqual([
      { bucket: 'test-1234567890', region: 'ap-chongqing', key: 'output/out.jpg' },
    ])
    expect(Object.keys(TAG_OUTPUT_READERS)).toEqual(expect.arrayContaining(['SpeechRecognition', 'PicProcess']))
  })

  it("reads the Go SDK's PicProcessResult shape, one object or several (a list once normalised)", () => {
    const job = (processed: unknown) =>
      getRight(
        JobsDetail.decode({
          Tag: 'PicProcess',
          JobId: 'c1',
          CreationTime: '2024-03-12T10:21:05+0800',
          State: 'Success',
          Operation: {
            Output: { Bucket: 'b-1', Region: 'ap-guangzhou' },
            PicProcessResult: { UploadResult: { ProcessResults: { Object: processed } } },
          },
        }),
      )
    expect(
      jobOutputs(job([{ Key: 'out/a.jpg', Location: 'b-1.cos.ap-guangzhou.myqcloud.com/out/a.jpg' }])),
    ).toStrictEqual([{ bucket: 'b-1', region: 'ap-guangzhou', key: 'out/a.jpg' }])
    expect(jobOutputs(job([{ Key: 'out/a.jpg' }, { Key: 'out/b.jpg' }])).map((o) => o.key)).toStrictEqual([
      'out/a.jpg',
      'out/b.jpg',
    ])
  })

  it('takes bucket and region from Output when OutputFile omits them, lists each object once, skips placeholders', () => {
    const job = getRight(
      JobsDetail.decode({
        Tag: 'NoiseReduction',
        JobId: 'j1',
        CreationTime: '2024-03-12T10:21:05+0800',
        State: 'Success',
        Operation: {
          Output: { Bucket: 'b-1', Region: 'ap-guangzhou', Object: 'out/clean.wav' },
          MediaResult: {
            OutputFile: { ObjectName: ['out/clean.wav'], Md5Info: [{ Md5: 'abc', ObjectName: 'out/clean.wav' }] },
          },
        },
      }),
    )
    expect(jobOutputs(job)).toStrictEqual([{ bucket: 'b-1', region: 'ap-guangzhou', key: 'out/clean.wav', md5: 'abc' }])
    const templated = getRight(
      JobsDetail.decode({
        Tag: 'NoiseReduction',
        JobId: 'j2',
        CreationTime: '2024-03-12T10:21:05+0800',
        State: 'Success',
        Operation: { Output: { Bucket: 'b-1', Region: 'ap-guangzhou', Object: 'out/${Number}.wav' } },
      }),
    )
    expect(jobOutputs(templated)).toStrictEqual([])
  })

  it('matches an MD5 given under the relative name too, and leaves out objects with no known bucket', () => {
    const job = getRight(
      JobsDetail.decode({
        Tag: 'Snapshot',
        JobId: 'j1',
        CreationTime: '2024-03-12T10:21:05+0800',
        Operation: {
          MediaResult: {
            OutputFile: {
              Bucket: 'b-1',
              Region: 'ap-guangzhou',
              ObjectPrefix: 'p/',
              ObjectName: ['0.jpg'],
              Md5Info: [{ Md5: 'f00', ObjectName: '0.jpg' }],
              SpriteOutputFile: { ObjectPrefix: 's/', ObjectName: ['0.jpg'] },
            },
          },
        },
      }),
    )
    expect(jobOutputs(job)).toStrictEqual([{ bucket: 'b-1', region: 'ap-guangzhou', key: 'p/0.jpg', md5: 'f00' }])
  })
})
