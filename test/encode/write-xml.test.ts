import { escapeXmlText, writeXml } from '../../src/encode/write-xml'

describe('writeXml', () => {
  it('writes a Response root, lists as repeated elements, in key order', () => {
    expect(writeXml({ B: '1', A: ['x', 'y'], C: { D: 'z' } })).toBe(
      '<Response>\n    <B>1</B>\n    <A>x</A>\n    <A>y</A>\n    <C>\n        <D>z</D>\n    </C>\n</Response>\n',
    )
  })

  it('writes an unset time as "-" and real numbers and booleans as text', () => {
    expect(writeXml({ StartTime: undefined, Score: 7, Hit: true })).toContain('<StartTime>-</StartTime>')
    expect(writeXml({ Score: 7, Hit: true })).toContain('<Score>7</Score>\n    <Hit>true</Hit>')
  })

  it('escapes markup, keeps CR as a reference, and replaces what XML cannot carry', () => {
    expect(escapeXmlText('a&b<c>d\r\ne')).toBe('a&amp;b&lt;c&gt;d&#13;\ne')
    expect(escapeXmlText('nul\u0000 lone\uD800 ok😀')).toBe('nul\uFFFD lone\uFFFD ok😀')
  })

  it('leaves out keys that are not XML names', () => {
    expect(writeXml({ 'a b': '1', ok: '2' })).toBe('<Response>\n    <ok>2</ok>\n</Response>\n')
  })
})
