import { parseCallback } from '../../../src/parse-callback'
import { sample } from '../../support/samples'
import { taskFinish } from '../../support/callbacks'

describe('VocalScore', () => {
  it.each(['constructed/vocal-score/karaoke.xml', 'constructed/vocal-score/karaoke.json'])(
    'decodes the scores of %s: floats, RhythemScore (sic), one sentence still a list',
    (name) => {
      const job = taskFinish(parseCallback(sample(name).bytes)).JobsDetail[0]
      if (job?.Tag !== 'VocalScore') throw new Error('expected a VocalScore job')
      expect(job.Operation.VocalScore).toStrictEqual({ StandardObject: 'karaoke/original.mp3' })
      expect(job.Operation.VocalScoreResult).toStrictEqual({
        PitchScore: {
          SentenceScores: [
            { EndTime: 4.85, Score: 78.5, StartTime: 0.52 },
            { EndTime: 9.7, Score: 84, StartTime: 5.1 },
          ],
          TotalScore: 81.25,
        },
        RhythemScore: { SentenceScores: [{ EndTime: 9.7, Score: 90.1, StartTime: 0.52 }], TotalScore: 90.1 },
      })
    },
  )
})
