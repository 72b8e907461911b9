import { locateXml } from '../../src/locate/locate-xml'
import { pathSteps } from '../../src/locate/path-steps'
import { positionAt } from '../../src/text-position'
import { sample } from '../support/samples'

const xml = sample('smart-cover/workflow.xml').bytes.toString('utf8')

const xmlAt = (path: string) => positionAt(xml, locateXml(xml, pathSteps(path)).offset)

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
