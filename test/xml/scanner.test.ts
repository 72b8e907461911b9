import { scanXml } from '../../src/xml/scanner'

/** The offset of `marker`'s first character in `text`, for readable expectations. */
const at = (text: string, marker: string): number => text.indexOf(marker)

describe('scanXml', () => {
  it.each([
    ['an empty root', '<Response/>'],
    [
      'a declaration, comments and PIs around the root',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!--a--><?p x?><a/><!--b-->\n',
    ],
    ['attributes in both quotes, with references and >', `<a x="1 > 0" y='&lt;&#x3c;' z = "" ><b/></a>`],
    ['CDATA with markup inside', '<a><![CDATA[<b>&nbsp;]] ]>]]></a>'],
    ['references', '<a>&lt;&gt;&amp;&quot;&apos;&#9;&#x1F600;&#0000065;</a>'],
    ['non-ASCII and astral names', '<数据 é="1"><𐀀x·/></数据>'],
    ['names with : . - and digits', '<a:b.c-d1><_e/></a:b.c-d1>'],
    ['spaces in a closing tag', '<a></a \n>'],
    ['a comment with a single dash', '<a><!-- a - b --></a>'],
  ])('accepts %s', (_, text) => {
    expect(scanXml(text, 100)).toMatchObject({ kind: 'ok' })
  })

  it('reports the root element name and position', () => {
    const text = '<?xml version="1.0"?>\n<Response/>'
    expect(scanXml(text, 100)).toStrictEqual({ kind: 'ok', rootAt: 22, rootStart: 23, rootEnd: 31, pieces: false })
  })

  it.each([
    ['<R><A>x</A></R>', false],
    ['<?pi before?><R><A>x</A></R><?pi after?>', false],
    ['<R><A>x<![CDATA[y]]></A></R>', true],
    ['<R><A>x<?pi?>y</A></R>', true],
    ['<R><!-- <![CDATA[ <? --><A>x</A></R>', false],
  ])('says whether %s has text that may come in pieces (CDATA, or an instruction inside the root)', (text, pieces) => {
    expect(scanXml(text, 100)).toMatchObject({ kind: 'ok', pieces })
  })

  it.each([
    ['a mismatched closing tag', '<a><b></a></b>', '</a>', 'does not match the open <b>'],
    ['a closing tag that only starts like the open one', '<ab></a>', '</a>', 'does not match'],
    ['a closing tag longer than the open one', '<a></ab>', '</ab>', 'does not match'],
    ['a closing tag with no start tag', '<a/></a>', '</a>', 'has no start tag'],
    ['a name that cannot start a name', '<a><1b/></a>', '<1b', "'<' must start a tag"],
    ['an attribute without a value', '<a x/>', 'x', 'has no value'],
    ['an unquoted attribute value', '<a x=1/>', '1', 'must be quoted'],
    ['a duplicate attribute', '<a x="1" x="2"/>', 'x="2"', 'appears twice'],
    ['attributes without a space between', '<a x="1"y="2"/>', 'y', 'expected a space'],
    ["'<' in an attribute value", '<a x="<"/>', '<"', "'<' is not allowed"],
    ["'--' inside a comment", '<a><!-- a -- b --></a>', '-- b', "'--'"],
    ['a comment ending with --->', '<a><!-- a ---></a>', '---', "'--'"],
    ["']]>' in text", '<a>x]]>y</a>', ']]>', "']]>'"],
    ['a bare &', '<a>x & y</a>', '& y', "bare '&'"],
    ['an undeclared entity', '<a>&nbsp;</a>', '&nbsp;', '&nbsp;'],
    ['an empty character reference', '<a>&#;</a>', '&#;', '&#65;'],
    ['a PI named xml inside the body', '<a><?XML x?></a>', '<?XML', 'XML declaration'],
    ['a PI without a target', '<a><? x?></a>', '<?', 'target'],
    ['a declaration without a version', '<?xml encoding="UTF-8"?><a/>', 'encoding', 'version'],
    [
      'a declaration with fields out of order',
      '<?xml version="1.0" standalone="yes" encoding="UTF-8"?><a/>',
      'encoding',
      'in that order',
    ],
    ['a declaration with version 2.0', '<?xml version="2.0"?><a/>', '2.0', '"2.0" is not 1.x'],
    ['a bad standalone', '<?xml version="1.0" standalone="maybe"?><a/>', 'maybe', 'standalone'],
    ['a U+0000 in a name position', '<a\u0000/>', '\u0000', 'expected a space'],
    ['a lone surrogate in a name', '<a\ud800/>', '\ud800', 'expected a space'],
  ])('refuses %s, at its offset', (_, text, marker, message) => {
    const scan = scanXml(text, 100)
    expect(scan).toMatchObject({ kind: 'syntax', offset: at(text, marker) })
    expect(scan.kind !== 'ok' && scan.kind !== 'depth' ? scan.message : '').toContain(message)
  })

  it.each([
    ['inside a start tag', '<Response><JobsDetail x="1'],
    ['inside a closing tag', '<Response><A>x</A'],
    ['inside a comment', '<Response><!-- x'],
    ['inside a CDATA section', '<Response><![CDATA[x'],
    ['inside a processing instruction', '<Response><?pi x'],
    ['inside a reference', '<Response>&am'],
    ['after a lone <', '<Response><'],
    ['inside the declaration', '<?xml version="1.0"'],
  ])('reports a text that ends %s at its end', (_, text) => {
    expect(scanXml(text, 100)).toMatchObject({ kind: 'syntax', offset: text.length })
  })

  it('finds a duplicate attribute among many, and checks 50 000 distinct ones (a set, not every pair)', () => {
    const attrs = (n: number): string => Array.from({ length: n }, (_, k) => ` a${k}="${k}"`).join('')
    const duplicate = `<a${attrs(20)} a3="again"/>`
    expect(scanXml(duplicate, 100)).toMatchObject({ kind: 'syntax', offset: duplicate.indexOf('a3="again"') })
    const early = `<a${attrs(3)} a1="again"${attrs(30).replace(/ a(\d)/g, ' b$1')}/>`
    expect(scanXml(early, 100)).toMatchObject({ kind: 'syntax', offset: early.indexOf('a1="again"') })
    expect(scanXml(`<a${attrs(50_000)}/>`, 100)).toMatchObject({ kind: 'ok' })
  })

  it('refuses any <! declaration but comments and CDATA, outside comments and CDATA', () => {
    expect(scanXml('<!DOCTYPE a><a/>', 100)).toMatchObject({ kind: 'doctype', offset: 0 })
    expect(scanXml('<a/>\n<!DOCTYPE a>', 100)).toMatchObject({ kind: 'doctype', offset: 5 })
    expect(scanXml('<a><!ELEMENT a ANY></a>', 100)).toMatchObject({ kind: 'doctype', offset: 3 })
    expect(scanXml('<a><!-- <!DOCTYPE a> --><![CDATA[<!DOCTYPE a>]]></a>', 100)).toMatchObject({ kind: 'ok' })
  })

  it('measures depth, self-closing elements included, and prefers it to later problems', () => {
    expect(scanXml('<a><b><c/></b><d>x</d></a>', 2)).toStrictEqual({ kind: 'depth', depth: 3 })
    expect(scanXml('<a><b><c/></b><d>x</d></a>', 3)).toMatchObject({ kind: 'ok' })
    expect(scanXml('<a><b><c></c></b></a>', 2)).toStrictEqual({ kind: 'depth', depth: 3 })
    expect(scanXml('<?xml version="1.0"?><!-- <x><y><z> --><a><![CDATA[<b><c><d>]]></a>', 1)).toMatchObject({
      kind: 'ok',
    })
    expect(scanXml('<a><b><c></b>', 2)).toStrictEqual({ kind: 'depth', depth: 3 })
    // A problem before the limit is reached is still a syntax problem.
    expect(scanXml('<a></b><c><d><e>', 2)).toMatchObject({ kind: 'syntax', offset: 3 })
  })

  it('handles 100 000 levels without recursion, and scans normally afterwards', () => {
    const n = 100_000
    expect(scanXml(`${'<a>'.repeat(n)}${'</a>'.repeat(n)}`, 1000)).toStrictEqual({ kind: 'depth', depth: n })
    expect(scanXml(`${'<a>'.repeat(n)}${'</a>'.repeat(n)}`, n)).toMatchObject({ kind: 'ok' })
    expect(scanXml('<a><b/></a>', 100)).toMatchObject({ kind: 'ok' })
  })

  it('keeps every message short, whatever the names and the depth', () => {
    const long = 'x'.repeat(5000)
    for (const text of [
      `<${long}>`,
      `<a></${long}>`,
      `<a ${long}/>`,
      `<a>&${long};</a>`,
      `<?xml version="1.0" encoding="${long}"?><a/>`,
      `<a>${'<b>'.repeat(500)}`,
      `<${long}>${`<${long}>`.repeat(50)}`,
    ]) {
      const scan = scanXml(text, 1000)
      expect(scan.kind).not.toBe('ok')
      if (scan.kind !== 'ok' && scan.kind !== 'depth') expect(scan.message.length).toBeLessThanOrEqual(300)
    }
  })
})
