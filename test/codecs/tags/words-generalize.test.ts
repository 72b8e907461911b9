import { parseCallback } from '../../../src/parse-callback'
import { sample } from '../../support/samples'
import { taskFinish } from '../../support/callbacks'

const wordsJob = (name: string) => {
  const job = taskFinish(parseCallback(sample(name).bytes)).JobsDetail[0]
  if (job?.Tag !== 'WordsGeneralize') throw new Error(`expected a WordsGeneralize job in ${name}`)
  return job
}

describe('WordsGeneralize', () => {
  it('decodes the documented sample: the misspelt WordsGeneralizeLable list and typed tokens', () => {
    const op = wordsJob('reference/words-generalize/sample-1.xml').Operation
    expect(op.WordsGeneralize).toStrictEqual({ NerMethod: 'DL', SegMethod: 'MIX' })
    expect(op.WordsGeneralizeResult?.WordsGeneralizeLable).toStrictEqual([{ Category: 'Mobility', Word: 'Taxi' }])
    expect(op.WordsGeneralizeResult?.WordsGeneralizeToken).toStrictEqual([
      { Length: 2, Offset: 0, Pos: 't', Word: 'Today' },
      { Length: 2, Offset: 2, Pos: 'v', Word: 'Taxi' },
      { Length: 1, Offset: 4, Pos: 'v', Word: 'Cost' },
      // A numeric-looking word stays text.
      { Length: 2, Offset: 5, Pos: 'nx', Word: '60' },
      { Length: 1, Offset: 7, Pos: 'q', Word: 'CNY' },
    ])
  })

  it.each(['constructed/words-generalize/one-entity.xml', 'constructed/words-generalize/one-entity.json'])(
    'makes one entity and one token lists (%s)',
    (name) => {
      const result = wordsJob(name).Operation.WordsGeneralizeResult
      expect(result).toStrictEqual({
        WordsGeneralizeLable: [{ Category: 'Location', Word: 'Chongqing' }],
        WordsGeneralizeToken: [{ Length: 9, Offset: 0, Pos: 'ns', Word: 'Chongqing' }],
      })
    },
  )

  it('decodes the JSON form Tencent wraps in {"Response": …} the same as the bare one', () => {
    const bare = sample('constructed/words-generalize/one-entity.json').bytes.toString('utf8')
    expect(parseCallback(`{"Response": ${bare}}`)).toStrictEqual(parseCallback(bare))
    expect(wordsJob('constructed/words-generalize/one-entity.json').Tag).toBe('WordsGeneralize')
  })
})
