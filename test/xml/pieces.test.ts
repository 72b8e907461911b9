import fc from 'fast-check'
import { XMLParser } from 'fast-xml-parser'
import { normalise } from '../../src/normalise/normalise'
import { parseXml } from '../../src/xml/parse-xml'
import { xmlParserOptions } from '../../src/xml/parser-options'
import { parseInRuns } from '../../src/xml/pieces'
import { restoreElementName } from '../../src/xml/reserved-names'
import { scanXml } from '../../src/xml/scanner'
import { getRight } from '../support/either'
import { samples } from '../support/samples'

const parser = new XMLParser(xmlParserOptions)
const parse = (run: string): unknown => parser.parse(run)
/** Every text as written, blanks between elements included: the parse before `dropBlankBetweenElements`. */
const exact = new XMLParser({ ...xmlParserOptions, tagValueProcessor: (): undefined => undefined })

/** The root's content from one parse of the whole document, as `parseXml` reads it. */
const whole = (p: XMLParser, text: string): unknown => Object.values(p.parse(text))[0]

const rootNameEnd = (text: string): number => {
  const scan = scanXml(text, 100)
  if (scan.kind !== 'ok') throw new Error(`not well-formed: ${scan.kind}`)
  return scan.rootEnd
}

/**
 * Same value and same key order (the order a decoded value encodes back in). The trees hold only
 * objects, arrays and strings, so their JSON says it all; `toStrictEqual` would compare an own
 * `constructor` key as the objects' constructor.
 */
const expectSame = (actual: unknown, expected: unknown): void => {
  expect(actual).toBeDefined()
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected))
}

type Tree =
  { readonly name: string; readonly children: ReadonlyArray<Tree> } | { readonly name: string; readonly text: string }

const names = fc.constantFrom('A', 'B', 'C', 'toString', 'constructor', '__proto__')
const blanks = fc.constantFrom('', ' ', '\n', '\n    ', ' \t\r\n')
const texts = fc
  .array(fc.constantFrom('x', ' ', '\n', '&amp;', '&#32;', '&lt;', '1', 'é', '中', '😀'), { maxLength: 5 })
  .map((parts) => parts.join(''))
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ name: names, text: texts }),
    fc.record({ name: names, children: fc.array(tie('tree'), { maxLength: 4 }) }),
  ),
}))

/** `tree` as XML, with random indentation, comments and attributes between and in the tags. */
const render = (t: Tree, rnd: () => string): string => {
  const open = rnd() === ' ' ? `<${t.name} a="1>2" b='/'>` : `<${t.name}>`
  if ('text' in t) return t.text === '' && rnd() === '\n' ? `<${t.name}/>` : `${open}${t.text}</${t.name}>`
  if (t.children.length === 0) return `${open}${rnd()}</${t.name}>`
  const inner = t.children.map((c) => `${rnd()}${rnd() === '\n' ? '<!-- <not/> -->' : ''}${render(c, rnd)}`).join('')
  return `${open}${inner}${rnd()}</${t.name}>`
}

const documents = fc
  .tuple(fc.array(tree, { minLength: 1, maxLength: 6 }), fc.array(blanks, { minLength: 1, maxLength: 8 }))
  .map(([children, ws]) => {
    let k = 0
    const rnd = (): string => ws[k++ % ws.length] ?? ''
    return `<?xml version="1.0"?>\n<Response>${children.map((c) => rnd() + render(c, rnd)).join('')}${rnd()}</Response>\n`
  })
  .filter((text) => scanXml(text, 100).kind === 'ok')

describe('parseInRuns', () => {
  it('gives what one parse of the whole document gives, in any runs (property)', () => {
    fc.assert(
      fc.property(documents, fc.integer({ min: 1, max: 400 }), (text, piece) => {
        const runs = parseInRuns(text, rootNameEnd(text), piece, parse)
        // The root has children: a run ends after the first one at the latest when piece is 1.
        if (piece === 1) expect(runs).toBeDefined()
        if (runs !== undefined) expectSame(runs, whole(parser, text))
      }),
      { numRuns: 300 },
    )
  })

  const wellFormed = samples
    .filter((s) => s.format === 'xml' && s.expectedError !== 'MalformedBody')
    .map((s) => [s.name, s.bytes.toString('utf8').replace(/^\uFEFF/, '')] as const)
    .filter(
      ([, text]) => scanXml(text, 100).kind === 'ok' && !text.includes('<![CDATA[') && !/<Response\s*\/>/.test(text),
    )

  it.each(wellFormed)('gives what one parse gives on %s, cut after every child', (_, text) => {
    const runs = parseInRuns(text, rootNameEnd(text), 1, parse)
    expect(runs).toBeDefined()
    expectSame(runs, whole(parser, text))
  })

  it('merges a name repeated within and across runs into one list, in document order', () => {
    const text = '<R><A>1</A><B/><A>2</A><A>3</A><C>c</C><A>4</A></R>'
    const expected = { A: ['1', '2', '3', '4'], B: '', C: 'c' }
    for (const piece of [1, 12, 20, 30]) expectSame(parseInRuns(text, 2, piece, parse), expected)
  })

  it.each([
    ['a self-closing root', '<R/>'],
    ['a root with text only', '<R>some text</R>'],
    ['a root whose children are not cut before its end', '<R><A>1</A></R>'],
    ['a CDATA section', '<R><A>1</A><![CDATA[ ]]><B>2</B></R>'],
    ['a processing instruction', '<R><A>1</A><?pi?><B>2</B></R>'],
  ])('leaves %s to one parse of the whole (undefined)', (_, text) => {
    expect(parseInRuns(text, 2, text === '<R><A>1</A></R>' ? 1000 : 1, parse)).toBeUndefined()
  })
})

describe('blank text between elements', () => {
  it('is dropped only where the normaliser drops it (property)', () => {
    fc.assert(
      fc.property(documents, (text) => {
        const content = getRight(parseXml(text, 100))
        expectSame(
          normalise(content, restoreElementName, true),
          normalise(whole(exact, text), restoreElementName, true),
        )
      }),
      { numRuns: 300 },
    )
  })

  it('is kept, as every text, in a document with a CDATA section or processing instruction', () => {
    const R = (inner: string): string => `<Response>${inner}</Response>`
    expect(getRight(parseXml(R('<A>  <![CDATA[x]]>  </A>'), 100))).toStrictEqual({ A: '  x  ' })
    expect(getRight(parseXml(R('<A>x<?pi?> </A>'), 100))).toStrictEqual({ A: 'x ' })
  })

  it('a large body, parsed in runs, normalises as one parse with every text kept does', () => {
    const job = (i: number): string =>
      `\n  <JobsDetail>\n    <JobId>j${i}</JobId>\n    <Operation> <UserData> u ${i} </UserData> </Operation>\n  </JobsDetail>`
    const text = `<Response>\n  <EventName>TaskFinish</EventName>${Array.from({ length: 3000 }, (_, i) => job(i)).join('')}\n</Response>`
    expect(text.length).toBeGreaterThan(2 * 64 * 1024)
    const content = getRight(parseXml(text, 100))
    expectSame(content, whole(parser, text))
    expectSame(normalise(content, restoreElementName, true), normalise(whole(exact, text), restoreElementName, true))
  })
})
