import { locateIssues } from '../../src/locate/locate-issues'
import { positionAt } from '../../src/text-position'
import { sample } from '../support/samples'

const xml = sample('smart-cover/workflow.xml').bytes.toString('utf8')
const json = sample('smart-cover/workflow.json').bytes.toString('utf8')

/** The position of the n-th (0-based) occurrence of `needle`, plus `shift` characters. */
const at = (text: string, needle: string, n = 0, shift = 0) => {
  let offset = -1
  for (let k = 0; k <= n; k++) offset = text.indexOf(needle, offset + 1)
  if (offset === -1) throw new Error(`no ${needle}`)
  return positionAt(text, offset + shift)
}

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
