import * as E from 'fp-ts/lib/Either.js'
import { VideoTagJob } from '../../../src/codecs/tags/video-tag'
import { parseCallback } from '../../../src/parse-callback'
import { sample } from '../../support/samples'
import { toTencentJson, toXml, type Wire } from '../../support/wire'
import { taskFinish } from '../../support/callbacks'

const videoTagJob = (body: string | Buffer) => {
  const job = taskFinish(parseCallback(body)).JobsDetail[0]
  if (job?.Tag !== 'VideoTag') throw new Error(`expected a VideoTag job, got ${job?.Tag}`)
  return job
}

describe('VideoTag', () => {
  it('decodes the documented sample: typed tags, segments and boxes', () => {
    const job = videoTagJob(sample('reference/video-tag/sample-1.xml').bytes)
    expect(job.Operation.VideoTag).toStrictEqual({ Scenario: 'Stream' })
    const stream = job.Operation.VideoTagResult?.StreamData
    expect(stream?.SubErrCode).toBe('0')
    expect(stream?.SubErrMsg).toBe('ok')
    const data = stream?.Data
    expect(data?.Tags).toStrictEqual([
      { Confidence: 0.355083, Tag: 'MOBA - Arena of Valor' },
      { Confidence: 0.587103, Tag: 'Game' },
      { Confidence: 0.544651, Tag: 'Office' },
      { Confidence: 0.182886, Tag: 'Supermarket/Convenience store/Store' },
    ])
    // `<PersonTags/>` is empty: absent, not a list with one empty person.
    expect(data?.PersonTags).toBeUndefined()
    // The first action segment has one tag (an object in JSON), the second `<Tags/>` (absent).
    expect(data?.ActionTags).toStrictEqual([
      { EndTime: 11, StartTime: 0, Tags: [{ Confidence: 0.421531, Tag: 'Speak', TagCls: 'Speak' }] },
      { EndTime: 12.88, StartTime: 11.04 },
    ])
    // One ObjectTags element with one object and one box: all three are lists.
    expect(data?.ObjectTags).toStrictEqual([
      {
        Objects: [
          {
            BBox: [{ X1: 0.10181817412376404, X2: 0.8069194555282593, Y1: 0.6880248785018921, Y2: 0.8779844045639038 }],
            Confidence: 0.808393,
            Name: 'Keyboard',
          },
        ],
        TimeStamp: 11,
      },
    ])
    const [first, second] = data?.PlaceTags ?? []
    expect(first?.ClipFrameResult).toHaveLength(11)
    expect(first?.ClipFrameResult?.[9]).toBe('Entertainment venue: 0.42')
    expect([first?.StartIndex, first?.EndIndex, first?.StartTime, first?.EndTime]).toStrictEqual([0, 275, 0, 11])
    expect(second?.Tags?.[1]).toStrictEqual({ Confidence: 0.283301, Tag: 'Sky', TagCls: 'Nature/Outdoor' })
  })

  it('drops the stray empty <VideoTag/> under JobsDetail', () => {
    const job = videoTagJob(sample('reference/video-tag/sample-1.xml').bytes)
    expect(Object.keys(job)).not.toContain('VideoTag')
  })

  // Every list of the result with exactly one item, rendered the way Tencent renders it.
  const oneOfEach: { readonly [key: string]: Wire } = {
    EventName: 'TaskFinish',
    JobsDetail: {
      Tag: 'VideoTag',
      JobId: 'j1',
      CreationTime: '2022-07-01T10:05:48+0800',
      Operation: {
        VideoTagResult: {
          StreamData: {
            Data: {
              Tags: { Tag: 'Game', Confidence: '0.5' },
              PersonTags: {
                Name: 'Someone',
                Confidence: '0.9',
                Count: '1',
                DetailPerSecond: { TimeStamp: '1', BBox: { X1: '0.1', X2: '0.2', Y1: '0.3', Y2: '0.4' } },
              },
              PlaceTags: { Tags: { Tag: 'Office' }, ClipFrameResult: 'Office: 0.55' },
              ActionTags: { Tags: { Tag: 'Speak' } },
              ObjectTags: { Objects: { Name: 'Keyboard', BBox: { X1: '0.1' } } },
              Labels: { First: 'Game', Second: 'MOBA', Confidence: '0.6' },
            },
          },
        },
      },
    },
  }

  it.each([
    ['XML', toXml(oneOfEach)],
    ['JSON', toTencentJson(oneOfEach)],
  ])('makes every one-item list an array (%s)', (_format, body) => {
    const data = videoTagJob(body).Operation.VideoTagResult?.StreamData?.Data
    expect(data).toStrictEqual({
      Tags: [{ Tag: 'Game', Confidence: 0.5 }],
      PersonTags: [
        {
          Name: 'Someone',
          Confidence: 0.9,
          Count: 1,
          DetailPerSecond: [{ TimeStamp: 1, BBox: [{ X1: 0.1, X2: 0.2, Y1: 0.3, Y2: 0.4 }] }],
        },
      ],
      PlaceTags: [{ Tags: [{ Tag: 'Office' }], ClipFrameResult: ['Office: 0.55'] }],
      ActionTags: [{ Tags: [{ Tag: 'Speak' }] }],
      ObjectTags: [{ Objects: [{ Name: 'Keyboard', BBox: [{ X1: 0.1 }] }] }],
      Labels: [{ First: 'Game', Second: 'MOBA', Confidence: 0.6 }],
    })
  })

  it('refuses a confidence that is not a number, and encodes a decoded job back to its wire form', () => {
    const wire = {
      Tag: 'VideoTag',
      JobId: 'j1',
      CreationTime: '2022-07-01T10:05:48+0800',
      Operation: { VideoTagResult: { StreamData: { Data: { Tags: [{ Tag: 'Game', Confidence: '0.5' }] } } } },
    }
    const decoded = VideoTagJob.decode(wire)
    expect(E.isRight(decoded) && VideoTagJob.encode(decoded.right)).toStrictEqual(wire)
    const bad = { ...wire, Operation: { VideoTagResult: { StreamData: { Data: { Tags: [{ Confidence: 'high' }] } } } } }
    expect(E.isLeft(VideoTagJob.decode(bad))).toBe(true)
  })
})
