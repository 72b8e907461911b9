import { parseXml } from '../../src/xml/parse-xml'
import { getLeft, getRight } from '../support/either'

describe('parseXml', () => {
  it('keeps text exactly, spaces included; empty and blank elements are left for the normaliser to drop', () => {
    expect(getRight(parseXml('<R><A>007</A><B>0x10</B><C>1e3</C><D/><E>  </E><F> a  b </F></R>', 100))).toStrictEqual({
      A: '007',
      B: '0x10',
      C: '1e3',
      D: '',
      E: '  ',
      F: ' a  b ',
    })
  })

  it('drops the XML declaration, processing instructions, comments and attributes', () => {
    expect(
      getRight(parseXml('<?xml version="1.0" encoding="utf-8"?><?pi x?><R a="1"><!-- c --><A b="2">t</A></R>', 100)),
    ).toStrictEqual({ A: 't' })
  })

  it('escapes reserved element names instead of throwing', () => {
    expect(getRight(parseXml('<R><__proto__>p</__proto__><constructor>c</constructor></R>', 100))).toStrictEqual({
      ' __proto__': 'p',
      ' constructor': 'c',
    })
  })

  it('reports a body cut short at its end, naming the unclosed elements', () => {
    const left = getLeft(parseXml('<Response>\n  <JobsDetail>\n    <JobId>j1</JobId>', 100))
    expect(left).toMatchObject({ _tag: 'MalformedBody', reason: 'syntax', line: 3, column: 22 })
    expect(left.message).toBe('XML ends before <Response>, <JobsDetail> are closed: is the body truncated?')
  })

  it('reports a single unclosed root', () => {
    expect(getLeft(parseXml('<Response>', 100))).toMatchObject({
      line: 1,
      column: 11,
      message: expect.stringContaining('<Response> is closed'),
    })
  })

  it('reports an empty body', () => {
    expect(getLeft(parseXml('', 100))).toMatchObject({ _tag: 'MalformedBody', reason: 'syntax', line: 1 })
  })

  it('refuses depth past the limit before parsing', () => {
    expect(getLeft(parseXml('<a><b><c/></b></a>', 2))).toMatchObject({ _tag: 'LimitExceeded', limit: 2, actual: 3 })
    expect(getRight(parseXml('<a><b><c/></b></a>', 3))).toStrictEqual({ b: { c: '' } })
  })

  it("returns the root element's content, whatever the root is called; an empty root is an empty object", () => {
    expect(getRight(parseXml('<Response><EventName>TaskFinish</EventName></Response>', 100))).toStrictEqual({
      EventName: 'TaskFinish',
    })
    expect(getRight(parseXml('<Other><EventName>TaskFinish</EventName></Other>', 100))).toStrictEqual({
      EventName: 'TaskFinish',
    })
    expect(getRight(parseXml('<Response/>', 100))).toStrictEqual({})
    expect(getRight(parseXml('<Response>text</Response>', 100))).toBe('text')
  })
})
