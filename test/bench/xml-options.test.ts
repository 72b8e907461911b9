import { XMLParser } from 'fast-xml-parser'
import { xmlParserOptions } from '../../src/xml/parser-options'
import { benchXmlParserOptions } from '../../scripts/bench/xml-options.cjs'
import { samples } from '../support/samples'

// The benchmark's bare fast-xml-parser baseline uses a copy of the library's parser options
// (the build does not export them). The copy must parse exactly as the library's parser does.

const library = new XMLParser(xmlParserOptions)
const copy = new XMLParser(benchXmlParserOptions)

const HOSTILE = [
  '<R><__proto__><A>1</A></__proto__><constructor>c</constructor><prototype>p</prototype><toString>t</toString></R>',
  '<R><hasOwnProperty>h</hasOwnProperty><valueOf/><__defineGetter__>g</__defineGetter__></R>',
  '<R><A>&lt;&gt;&amp;&quot;&apos; &#x4e2d;&#20013; &#0; &#xD800; &#x110000; &nbsp; &unknown; &amp;lt;</A></R>',
  '<?xml version="1.0"?><?pi data?><R a="1"><A b="2"> spaced  text </A><B>007</B><C>1e3</C><D/><E>  </E></R>',
  '<R><A>1</A><A>2</A><A><B>3</B></A></R>',
  '<R><![CDATA[<not-a-tag>&amp;]]><!-- comment --></R>',
  `${'<a>'.repeat(1001)}x${'</a>'.repeat(1001)}`,
  `${'<a>'.repeat(1002)}x${'</a>'.repeat(1002)}`,
]

const parse = (parser: XMLParser, text: string): unknown => {
  try {
    return { parsed: parser.parse(text) }
  } catch (e) {
    return { threw: e instanceof Error ? e.message : String(e) }
  }
}

/** The options with every function replaced by a marker, so the data options compare with toEqual. */
const dataOf = (options: object): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(options).map(([k, v]) => [
      k,
      typeof v === 'function'
        ? 'function'
        : typeof v === 'object' && v !== null && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v).map(([kk, vv]) => [kk, typeof vv === 'function' ? 'function' : vv]))
          : v,
    ]),
  )

describe("the benchmark's copy of the fast-xml-parser options", () => {
  it('has the same options, with the same values (functions aside)', () => {
    expect(dataOf(benchXmlParserOptions)).toEqual(dataOf(xmlParserOptions))
  })

  it('renames element names and decodes entities as the library does', () => {
    const names = ['__proto__', 'constructor', 'prototype', 'toString', 'Response', ' x', '']
    const { transformTagName } = xmlParserOptions
    expect(typeof transformTagName).toBe('function')
    if (typeof transformTagName !== 'function') return
    expect(names.map((n) => benchXmlParserOptions.transformTagName(n))).toEqual(names.map((n) => transformTagName(n)))
    const texts = ['plain', '&lt;&amp;&#x41;&#65;&#0;&#xD800;&nbsp;', '&&;&#;&#x;', 'a &apos;b&quot;']
    expect(texts.map((s) => benchXmlParserOptions.entityDecoder.decode(s))).toEqual(
      texts.map((s) => xmlParserOptions.entityDecoder?.decode(s)),
    )
  })

  it.each(samples.filter((s) => s.format === 'xml').map((s) => [s.name, s.bytes.toString('utf8')] as const))(
    '%s parses to the same tree',
    (_name, text) => {
      expect(parse(copy, text)).toStrictEqual(parse(library, text))
    },
  )

  it.each(HOSTILE.map((text) => [text.slice(0, 60), text] as const))('%s… parses the same', (_head, text) => {
    expect(parse(copy, text)).toStrictEqual(parse(library, text))
  })
})
