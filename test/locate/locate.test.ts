import * as fc from 'fast-check'
import { locateIssues } from '../../src/locate/locate-issues'
import { locateJson } from '../../src/locate/locate-json'
import { locateXml } from '../../src/locate/locate-xml'
import { pathSteps, renderPath } from '../../src/locate/path-steps'
import { positionAt } from '../../src/text-position'
import { sample } from '../support/samples'

const xml = sample('smart-cover/workflow.xml').bytes.toString('utf8')
const json = sample('smart-cover/workflow.json').bytes.toString('utf8')

const xmlAt = (path: string) => positionAt(xml, locateXml(xml, pathSteps(path)).offset)
const jsonAt = (path: string) => positionAt(json, locateJson(json, pathSteps(path)).offset)

describe('pathSteps', () => {
  it('splits names and indices', () => {
    expect(pathSteps('JobsDetail[0].Input.CosHeaders[12].Key')).toStrictEqual([
      'JobsDetail',
      0,
      'Input',
      'CosHeaders',
      12,
      'Key',
    ])
    expect(pathSteps('')).toStrictEqual([])
    expect(pathSteps('EventName')).toStrictEqual(['EventName'])
  })
})

/** The position of the n-th (0-based) occurrence of `needle`, plus `shift` characters. */
const at = (text: string, needle: string, n = 0, shift = 0) => {
  let offset = -1
  for (let k = 0; k <= n; k++) offset = text.indexOf(needle, offset + 1)
  if (offset === -1) throw new Error(`no ${needle}`)
  return positionAt(text, offset + shift)
}

describe('locateXml', () => {
  it('points at the text of a leaf element', () => {
    expect(xmlAt('EventName')).toStrictEqual(at(xml, 'TaskFinish'))
    expect(xmlAt('JobsDetail[0].EndTime')).toStrictEqual(at(xml, '2022-06-30T15:29:48+0800'))
    expect(xmlAt('JobsDetail[0].Input.CosHeaders[2].Value')).toStrictEqual(at(xml, 'cos:ObjectCreated:Put'))
    expect(xmlAt('JobsDetail[0].Operation.MediaResult.OutputFile.ObjectName[4]')).toStrictEqual(
      at(xml, 'output/smartcover-4.jpg'),
    )
  })

  it('points at the tag of a container, an empty element, or the closest parent of a missing field', () => {
    expect(xmlAt('JobsDetail[0].Workflow')).toStrictEqual(at(xml, '<Workflow>'))
    expect(xmlAt('JobsDetail[0].Message')).toStrictEqual(at(xml, '<Message/>'))
    expect(xmlAt('JobsDetail[0].Nope')).toStrictEqual(at(xml, '<JobsDetail>'))
    expect(xmlAt('JobsDetail[0].Input.CosHeaders[9].Key')).toStrictEqual(at(xml, '<Input>'))
    expect(xmlAt('')).toStrictEqual({ line: 1, column: 1 })
  })

  it('ignores elements of the same name elsewhere', () => {
    const text = '<Response><A><Key>a</Key></A><B><Key>b</Key><Key>c</Key></B></Response>'
    expect(locateXml(text, ['B', 'Key', 1]).offset).toBe(text.indexOf('c<'))
    expect(locateXml(text, ['B', 'Key', 0]).offset).toBe(text.indexOf('b<'))
    expect(locateXml(text, ['A', 'Key']).offset).toBe(text.indexOf('a<'))
  })
})

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

describe('locateIssues', () => {
  it('adds line and column, seeing through a JSON Response wrapper', () => {
    const wrapped = `{"Response": ${json}}`
    const [issue] = locateIssues(
      [{ path: 'JobsDetail[0].EndTime', expected: '', received: '', message: '' }],
      wrapped,
      'json',
      JSON.parse(wrapped),
      (k) => k,
    )
    expect(issue).toMatchObject(at(wrapped, '"2022-06-30T15:29:48+0800"'))
  })

  it('locates only the first 20 issues', () => {
    const issues = Array.from({ length: 25 }, () => ({ path: 'EventName', expected: '', received: '', message: '' }))
    const located = locateIssues(issues, xml, 'xml', { EventName: 'TaskFinish' }, (k) => k)
    expect(located.filter((i) => i.line !== undefined)).toHaveLength(20)
  })
})

describe('renderPath and pathSteps', () => {
  it('are inverses, a key with a dot, a bracket, a quote or a space staying one key', () => {
    expect(renderPath(['data', 'cos_headers', 'x.y'])).toBe('data.cos_headers["x.y"]')
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.nat({ max: 1000 })), { minLength: 1, maxLength: 6 }), (steps) => {
        expect(pathSteps(renderPath(steps))).toStrictEqual(steps)
      }),
      { numRuns: 2000 },
    )
  })
})
