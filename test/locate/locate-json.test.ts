import { locateJson } from '../../src/locate/locate-json'
import { pathSteps } from '../../src/locate/path-steps'
import { positionAt } from '../../src/text-position'
import { sample } from '../support/samples'

const json = sample('smart-cover/workflow.json').bytes.toString('utf8')

const jsonAt = (path: string) => positionAt(json, locateJson(json, pathSteps(path)).offset)

/** The position of the n-th (0-based) occurrence of `needle`, plus `shift` characters. */
const at = (text: string, needle: string, n = 0, shift = 0) => {
  let offset = -1
  for (let k = 0; k <= n; k++) offset = text.indexOf(needle, offset + 1)
  if (offset === -1) throw new Error(`no ${needle}`)
  return positionAt(text, offset + shift)
}

describe('locateJson', () => {
  it('points at values, through arrays and Tencent one-or-many objects', () => {
    expect(jsonAt('EventName')).toStrictEqual(at(json, '"TaskFinish"'))
    expect(jsonAt('JobsDetail[0].EndTime')).toStrictEqual(at(json, '"2022-06-30T15:29:48+0800"'))
    expect(jsonAt('JobsDetail[0].Input.CosHeaders[2].Value')).toStrictEqual(at(json, '"cos:ObjectCreated:Put"'))
    expect(jsonAt('JobsDetail[0].Operation.MediaResult.OutputFile.ObjectName[4]')).toStrictEqual(
      at(json, '"output/smartcover-4.jpg"'),
    )
    const single = '{"JobsDetail": {"JobId": 7}}'
    expect(locateJson(single, ['JobsDetail', 0, 'JobId']).offset).toBe(single.indexOf('7'))
    expect(locateJson(single, ['JobsDetail', 1, 'JobId']).offset).toBe(single.indexOf('{"JobId"'))
  })

  it('falls back to the closest present parent', () => {
    expect(jsonAt('JobsDetail[0].Nope')).toStrictEqual(at(json, '{', 1))
    expect(locateJson('{"a": [1, {"b": "x\\"}"}]}', ['a', 1, 'b'])).toStrictEqual({ offset: 16, matched: 3 })
  })
})
