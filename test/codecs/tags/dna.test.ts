import * as E from 'fp-ts/lib/Either.js'
import { DnaJob } from '../../../src/codecs/tags/dna'
import { parseCallback } from '../../../src/parse-callback'
import { sample } from '../../support/samples'
import { toTencentJson, toXml } from '../../support/wire'
import { taskFinish } from '../../support/callbacks'

const dnaJob = (body: string | Buffer) => {
  const job = taskFinish(parseCallback(body)).JobsDetail[0]
  if (job?.Tag !== 'DNA') throw new Error(`expected a DNA job, got ${job?.Tag}`)
  return job
}

describe('DNA', () => {
  it.each(['constructed/dna/similar-video.xml', 'constructed/dna/similar-video.json'])(
    'decodes the match of %s: one detection, one match and one audio result, each a list; IDs stay text',
    (name) => {
      const op = dnaJob(sample(name).bytes).Operation
      expect(op.DnaConfig).toStrictEqual({ DnaDbId: 'dna-db-7f3a', RuleType: 'GetSimilarVideo', VideoId: 'clip-0193' })
      expect(op.DnaResult).toStrictEqual({
        Detection: [
          {
            Audio: [{ Similar: 82 }],
            Duration: 95,
            MatchDetail: [{ MatchEndTime: 25, MatchStartTime: 10, SrcEndTime: 47, SrcStartTime: 32 }],
            Similar: 87,
            SimilarDuration: 15,
            VideoId: '0012',
          },
        ],
        Duration: 60,
        VideoId: 'clip-0193',
      })
    },
  )

  const javaName = {
    EventName: 'TaskFinish',
    JobsDetail: {
      Tag: 'DNA',
      JobId: 'j1',
      CreationTime: '2024-11-18T09:05:51+0800',
      Operation: { DNAResult: { VideoId: 'v', Detection: { Similar: '50', MatchDetail: { MatchStartTime: '1' } } } },
    },
  }

  it.each([
    ['XML', toXml(javaName)],
    ['JSON', toTencentJson(javaName)],
  ])('accepts the Java SDK name DNAResult with the same lists (%s)', (_format, body) => {
    expect(dnaJob(body).Operation.DNAResult).toStrictEqual({
      VideoId: 'v',
      Detection: [{ Similar: 50, MatchDetail: [{ MatchStartTime: 1 }] }],
    })
  })

  it('refuses a similarity that is not a number', () => {
    const wire = { Tag: 'DNA', JobId: 'j1', CreationTime: '2024-11-18T09:05:51+0800' }
    const bad = { ...wire, Operation: { DnaResult: { Detection: [{ Similar: 'very' }] } } }
    expect(E.isLeft(DnaJob.decode(bad))).toBe(true)
  })
})
