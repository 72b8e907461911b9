import { parseXml } from '../../src/xml/parse-xml'
import { getLeft, getRight } from '../support/either'

const R = (inner: string): string => `<Response>${inner}</Response>`

describe('parseXml', () => {
  it('keeps text exactly, spaces included; empty and blank elements are left for the normaliser to drop', () => {
    expect(getRight(parseXml(R('<A>007</A><B>0x10</B><C>1e3</C><D/><E>  </E><F> a  b </F>'), 100))).toStrictEqual({
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
      getRight(
        parseXml(
          '<?xml version="1.0" encoding="utf-8"?><?pi x?><Response a="1"><!-- c --><A b="2">t</A></Response>',
          100,
        ),
      ),
    ).toStrictEqual({ A: 't' })
  })

  it('escapes reserved element names instead of throwing', () => {
    expect(getRight(parseXml(R('<__proto__>p</__proto__><constructor>c</constructor>'), 100))).toStrictEqual({
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
    expect(getLeft(parseXml('', 100))).toMatchObject({ _tag: 'MalformedBody', reason: 'syntax', line: 1, column: 1 })
  })

  it('refuses depth past the limit before parsing', () => {
    expect(getLeft(parseXml(R('<b><c/></b>'), 2))).toMatchObject({ _tag: 'LimitExceeded', limit: 2, actual: 3 })
    expect(getRight(parseXml(R('<b><c/></b>'), 3))).toStrictEqual({ b: { c: '' } })
  })

  it('checks depth before well-formedness: a deep body cut short is LimitExceeded, not a list of unclosed tags', () => {
    const left = getLeft(parseXml(`<Response>${'<a>'.repeat(50_000)}`, 100))
    expect(left).toMatchObject({ _tag: 'LimitExceeded', unit: 'depth', limit: 100, actual: 50_001 })
    expect(left.message.length).toBeLessThan(200)
  })

  it('bounds the message of a deep body cut short within the limit', () => {
    const left = getLeft(parseXml(`<Response>${'<a>'.repeat(900)}`, 1000))
    expect(left).toMatchObject({ _tag: 'MalformedBody', reason: 'syntax', line: 1, column: 2711 })
    expect(left.message).toBe('XML ends before <Response>, <a>, … 898 more …, <a> are closed: is the body truncated?')
  })

  it('bounds names quoted in messages', () => {
    const name = 'N'.repeat(10_000)
    const left = getLeft(parseXml(R(`<${name}></x>`), 100))
    expect(left).toMatchObject({ _tag: 'MalformedBody', reason: 'syntax', line: 1, column: 10_013 })
    expect(left.message.length).toBeLessThan(200)
  })

  it('expands numeric character references with leading zeros', () => {
    expect(getRight(parseXml(R('<A>&#x0000041;&#00065;&#x00000000004e2d;</A>'), 100))).toStrictEqual({ A: 'AA中' })
  })

  it.each([['&#0;'], ['&#x0;'], ['&#xD800;'], ['&#xDFFF;'], ['&#xFFFE;'], ['&#xFFFF;'], ['&#1;'], ['&#x110000;']])(
    'refuses the character reference %s to a character XML forbids, with its position',
    (ref) => {
      const left = getLeft(parseXml(`<Response>\n  <A>x${ref}</A>\n</Response>`, 100))
      expect(left).toMatchObject({ _tag: 'MalformedBody', reason: 'syntax', line: 2, column: 7 })
      expect(left.message).toContain(ref)
    },
  )

  it('refuses a reference with 10 000 digits without a long message', () => {
    const left = getLeft(parseXml(R(`<A>&#${'9'.repeat(10_000)};</A>`), 100))
    expect(left).toMatchObject({ _tag: 'MalformedBody', reason: 'syntax', line: 1, column: 14 })
    expect(left.message.length).toBeLessThan(200)
  })

  it('refuses entity references XML does not predefine, and bare ampersands', () => {
    expect(getLeft(parseXml(R('<A>&nbsp;</A>'), 100))).toMatchObject({ reason: 'syntax', column: 14 })
    expect(getLeft(parseXml(R('<A>a & b</A>'), 100))).toMatchObject({ reason: 'syntax', column: 16 })
  })

  it.each([
    ['U+0000', '\u0000'],
    ['U+0001', '\u0001'],
    ['U+0008', '\u0008'],
    ['U+000B', '\u000b'],
    ['U+000C', '\u000c'],
    ['U+001F', '\u001f'],
    ['U+FFFE', '\ufffe'],
    ['U+FFFF', '\uffff'],
    ['a lone high surrogate', '\ud800'],
    ['a lone low surrogate', '\udc00'],
  ])('refuses %s in text with its line and column', (_, char) => {
    expect(getLeft(parseXml(`<Response>\n  <A>ab${char}</A>\n</Response>`, 100))).toMatchObject({
      _tag: 'MalformedBody',
      reason: 'syntax',
      line: 2,
      column: 8,
    })
  })

  it.each([
    ['a comment', '<!-- \u0001 -->', 6],
    ['a CDATA section', '<A><![CDATA[\u0001]]></A>', 13],
    ['a processing instruction', '<?pi \u0001?>', 6],
    ['an attribute value', '<A x="\u0001"/>', 7],
  ])('refuses a forbidden character in %s', (_, inner, column) => {
    expect(getLeft(parseXml(R(inner), 100))).toMatchObject({ reason: 'syntax', line: 1, column: column + 10 })
  })

  it('accepts tabs, CR, LF and astral characters', () => {
    expect(getRight(parseXml(R('<A>\ta\r\nb😀</A>'), 100))).toStrictEqual({ A: '\ta\nb😀' })
  })

  it.each([
    ['CDATA after the root', '<Response/>\n<![CDATA[x]]>', 2, 1],
    ['CDATA before the root', '<![CDATA[x]]><Response/>', 1, 1],
    ['text after the root', '<Response/>\nx', 2, 1],
    ['text before the root', 'x<Response/>', 1, 1],
    ['a second root', '<Response/>\n<Response/>', 2, 1],
  ])('refuses %s with its position', (_, body, line, column) => {
    expect(getLeft(parseXml(body, 100))).toMatchObject({ _tag: 'MalformedBody', reason: 'syntax', line, column })
  })

  it('accepts comments, processing instructions and whitespace around the root', () => {
    expect(getRight(parseXml('<!-- a -->\n<?pi?>\n<Response/>\n<!-- b -->\r\n', 100))).toStrictEqual({})
  })

  it('reads a blank root as an empty object; other text in the root stays text', () => {
    expect(getRight(parseXml('<Response>\n</Response>', 100))).toStrictEqual({})
    expect(getRight(parseXml('<Response> \t\r\n </Response>', 100))).toStrictEqual({})
    expect(getRight(parseXml('<Response/>', 100))).toStrictEqual({})
    expect(getRight(parseXml('<Response>text</Response>', 100))).toBe('text')
  })

  // Mixed content: refused as MalformedBody (syntax) at the stray text.
  it.each([
    ['text before a child', '<A>x<B/></A>', 14],
    ['text after a child', '<A><B/>x</A>', 18],
    ['CDATA beside a child', '<A><B/><![CDATA[x]]></A>', 18],
    ['text in the root beside fields', '\n  stray\n  <A/>', 14],
  ])('refuses mixed content, saying what it is: %s', (_, inner, column) => {
    const left = getLeft(parseXml(R(inner), 100))
    expect(left).toMatchObject({ _tag: 'MalformedBody', reason: 'mixed' })
    expect(left.message).toContain('mixed content')
    expect(left.message).not.toContain('not well-formed')
    if (!inner.startsWith('\n')) expect(left).toMatchObject({ line: 1, column })
    else expect(left).toMatchObject({ line: 2, column: 3 })
  })

  it('names the field that holds mixed content', () => {
    const left = getLeft(
      parseXml(R('<JobsDetail><Operation><UserData>a<b>c</b>d</UserData></Operation></JobsDetail>'), 100),
    )
    expect(left).toMatchObject({ _tag: 'MalformedBody', reason: 'mixed' })
    expect(left.message).toContain('<UserData> (at JobsDetail.Operation.UserData) holds text beside child elements')
  })

  it('reports an unclosed element as unclosed, not as the mixed content it makes', () => {
    const left = getLeft(parseXml(R('<JobsDetail><Tag>X<Tag><JobId>j</JobId></JobsDetail>'), 100))
    expect(left).toMatchObject({ _tag: 'MalformedBody', reason: 'syntax' })
    expect(left.message).toContain('does not match the open <Tag>')
    expect(left.message).not.toContain('mixed')
  })

  it('accepts blank text and blank CDATA beside child elements', () => {
    expect(getRight(parseXml(R('\n  <A>\n    <B>x</B>\n  <![CDATA[ ]]></A>\n'), 100))).toMatchObject({ A: { B: 'x' } })
  })

  // Encodings.
  it.each([['UTF-8'], ['utf-8'], ['Utf-8']])('accepts a declaration naming %s', (encoding) => {
    expect(getRight(parseXml(`<?xml version="1.0" encoding="${encoding}"?><Response/>`, 100))).toStrictEqual({})
  })

  it.each([['GBK'], ['ISO-8859-1'], ['UTF-16'], ['UTF8'], ['gb2312']])(
    'refuses a declaration naming %s, naming it in the message',
    (encoding) => {
      const left = getLeft(parseXml(`<?xml version="1.0" encoding='${encoding}'?>\n<Response/>`, 100))
      expect(left).toMatchObject({ _tag: 'MalformedBody', reason: 'encoding', line: 1, column: 31 })
      expect(left.message).toContain(`"${encoding}"`)
    },
  )

  it('refuses an XML declaration that is not at the very start', () => {
    expect(getLeft(parseXml(' <?xml version="1.0"?><Response/>', 100))).toMatchObject({ reason: 'syntax', column: 2 })
    expect(getLeft(parseXml('<Response/><?xml version="1.0"?>', 100))).toMatchObject({ reason: 'syntax', column: 12 })
  })

  // Root element.
  it('refuses a root other than <Response> as an InvalidPayload at the root, with its position', () => {
    const left = getLeft(parseXml('<?xml version="1.0"?>\n<Other><EventName>TaskFinish</EventName></Other>', 100))
    expect(left).toMatchObject({
      _tag: 'InvalidPayload',
      format: 'xml',
      issues: [{ path: '', expected: 'a <Response> element', received: '<Other>', line: 2, column: 1 }],
    })
    expect(getLeft(parseXml('<response/>', 100))).toMatchObject({ _tag: 'InvalidPayload' })
    expect(getLeft(parseXml('<ResponseX/>', 100))).toMatchObject({ _tag: 'InvalidPayload' })
  })

  it('refuses a DOCTYPE anywhere outside comments and CDATA', () => {
    expect(getLeft(parseXml('<!DOCTYPE Response>\n<Response/>', 100))).toMatchObject({ reason: 'doctype', line: 1 })
    expect(getLeft(parseXml(R('<!ENTITY x "y">'), 100))).toMatchObject({ reason: 'doctype', column: 11 })
    expect(getRight(parseXml(R('<!-- <!DOCTYPE a> --><A><![CDATA[<!DOCTYPE a>]]></A>'), 100))).toStrictEqual({
      A: '<!DOCTYPE a>',
    })
  })

  it('counts lines at LF, CRLF and a lone CR', () => {
    expect(getLeft(parseXml('<Response>\r\n<A>\r<B>\n<C></B>', 100))).toMatchObject({ line: 4, column: 4 })
  })
})
