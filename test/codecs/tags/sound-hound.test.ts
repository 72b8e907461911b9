import { parseCallback } from '../../../src/parse-callback'
import { sample } from '../../support/samples'
import { taskFinish } from '../../support/callbacks'

describe('SoundHound', () => {
  it.each(['constructed/sound-hound/song.xml', 'constructed/sound-hound/song.json'])(
    'decodes one song of %s as a list',
    (name) => {
      const job = taskFinish(parseCallback(sample(name).bytes)).JobsDetail[0]
      if (job?.Tag !== 'SoundHound') throw new Error('expected a SoundHound job')
      expect(job.Operation.SoundHoundResult).toStrictEqual({
        SongList: [{ Inlier: 41, SingerName: 'Example Singer', SongName: 'Example Song' }],
      })
    },
  )
})
