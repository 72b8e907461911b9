import { normalise } from '../../src/normalise/normalise'
import { isListField } from '../../src/normalise/list-matcher'

describe('normalise', () => {
  it('unwraps a single Response key', () => {
    expect(normalise({ Response: { EventName: 'TaskFinish' } })).toStrictEqual({ EventName: 'TaskFinish' })
    expect(normalise({ Response: 'x' })).toStrictEqual({ Response: 'x' })
    expect(normalise({ Response: { a: '1' }, Other: '2' })).toStrictEqual({ Response: { a: '1' }, Other: '2' })
  })

  it('treats empty strings, whitespace, null and empty lists as absent, and keeps empty containers', () => {
    expect(normalise({ A: '', B: '  \n ', C: null, D: [], E: ['', null], F: {}, G: { H: '' }, I: '0' })).toStrictEqual({
      F: {},
      G: {},
      I: '0',
    })
  })

  it('makes list fields arrays, by path suffix, and leaves other fields alone', () => {
    const tree = {
      JobsDetail: {
        Input: { CosHeaders: { Key: 'k', Value: 'v' } },
        Operation: {
          MediaResult: { OutputFile: { ObjectName: 'a.jpg', Md5Info: { Md5: 'm', ObjectName: 'a.jpg' } } },
          MediaInfo: { Stream: { Video: { Index: '0' }, Audio: [{ Index: '1' }, { Index: '2' }] } },
          Transcode: { Video: { Codec: 'H.264' } },
        },
      },
    }
    expect(normalise(tree)).toStrictEqual({
      JobsDetail: [
        {
          Input: { CosHeaders: [{ Key: 'k', Value: 'v' }] },
          Operation: {
            MediaResult: { OutputFile: { ObjectName: ['a.jpg'], Md5Info: [{ Md5: 'm', ObjectName: 'a.jpg' }] } },
            MediaInfo: { Stream: { Video: [{ Index: '0' }], Audio: [{ Index: '1' }, { Index: '2' }] } },
            Transcode: { Video: { Codec: 'H.264' } },
          },
        },
      ],
    })
  })

  it('does not touch its input', () => {
    const tree = { Response: { JobsDetail: { Message: '', Tag: 'SmartCover' } } }
    const before = JSON.stringify(tree)
    normalise(tree)
    expect(JSON.stringify(tree)).toBe(before)
  })

  it('keeps other values as they are (JSON numbers and booleans)', () => {
    expect(normalise({ JobLevel: 0, Flag: false })).toStrictEqual({ JobLevel: 0, Flag: false })
  })

  it('restores escaped keys and never lets __proto__ through', () => {
    const tree: unknown = JSON.parse('{"__proto__": {"x": "1"}, " constructor": "c", "a": {"__proto__": "p"}}')
    const out = normalise(tree, (k) => (k.startsWith(' ') ? k.slice(1) : k))
    expect(Object.keys(out as object)).toStrictEqual(['constructor', 'a'])
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
  })
})

describe('isListField', () => {
  it('matches a path suffix', () => {
    expect(isListField([], 'JobsDetail')).toBe(true)
    expect(isListField(['JobsDetail', 'Operation', 'MediaInfo', 'Stream'], 'Video')).toBe(true)
    expect(isListField(['JobsDetail', 'Operation', 'Transcode'], 'Video')).toBe(false)
    expect(isListField(['JobsDetail', 'Operation', 'MediaResult', 'OutputFile', 'Md5Info'], 'ObjectName')).toBe(false)
    expect(isListField(['Stream'], 'Subtitle')).toBe(true)
    expect(isListField([], 'Video')).toBe(false)
  })
})
