import fc from 'fast-check'
import { XMLValidator } from 'fast-xml-parser'
import { parseXml } from '../../src/xml/parse-xml'
import { scanXml } from '../../src/xml/scanner'
import { samples } from '../support/samples'

/**
 * fast-xml-parser's own validator is the oracle: wherever it refuses a text, the scanner must
 * refuse it too. The scanner refuses more, where XML 1.0 says the validator is wrong (forbidden
 * characters and references, `]]>` in text, `--` in comments, text or CDATA outside the root,
 * undeclared entities, `</a/>`) or by this library's policy (DOCTYPE, mixed content). The one
 * place the validator is stricter than XML 1.0 is names with astral characters (`<a😀/>`), which
 * XML 1.0 allows: those texts are left out of the comparison.
 */
const validatorRefuses = (text: string): boolean =>
  XMLValidator.validate(text, { allowBooleanAttributes: false, unpairedTags: [] }) !== true

const hasAstralName = (text: string): boolean => /<\/?[^\s>]*[\ud800-\udbff]/.test(text)

const xmlTexts = samples.filter((s) => s.format === 'xml').map((s) => s.bytes.toString('utf8').replace(/^\uFEFF/, ''))
const wellFormed = samples
  .filter((s) => s.format === 'xml' && s.expectedError !== 'MalformedBody')
  .map((s) => [s.name, s.bytes.toString('utf8')] as const)

const pieces = [
  '<',
  '>',
  '/',
  '&',
  ';',
  '"',
  '=',
  '!',
  '-',
  '?',
  '[',
  ']',
  ' ',
  '\n',
  'a',
  '\u0000',
  '\ud800',
  '#',
  'x',
]
const pieces2 = [
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?',
  '?>',
  '</a>',
  '<a>',
  '&#0;',
  '&amp;',
  '&#x41;',
  '😀',
  '<!DOCTYPE a>',
]

const mutation = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.constantFrom(...pieces, ...pieces2) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  // Breaks the first name after `at`: a closing tag that no longer matches, a name that cannot
  // start a name, a second attribute of the same name.
  fc.record({ op: fc.constant('rename' as const), at: fc.nat(), s: fc.constantFrom('Z', '1', '.', 'é', ' x="1" x') }),
  fc.record({
    op: fc.constant('copy' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 60 }),
    to: fc.nat(),
  }),
)
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never

const mutate = (text: string, m: Mutation): string => {
  const at = m.at % (text.length + 1)
  switch (m.op) {
    case 'insert':
      return text.slice(0, at) + m.s + text.slice(at)
    case 'delete':
      return text.slice(0, at) + text.slice(at + m.length)
    case 'cut':
      return text.slice(0, at)
    case 'rename': {
      const tag = text.indexOf('<', at)
      return tag === -1 || tag + 2 > text.length ? text : text.slice(0, tag + 2) + m.s + text.slice(tag + 2)
    }
    case 'copy': {
      const to = m.to % (text.length + 1)
      return text.slice(0, to) + text.slice(at, at + m.length) + text.slice(to)
    }
  }
}

const mutatedSample = fc
  .tuple(fc.nat(xmlTexts.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }))
  .map(([k, ms]) => ms.reduce(mutate, xmlTexts[k] ?? ''))

const tokens = fc
  .array(
    fc.constantFrom(
      '<Response>',
      '</Response>',
      '<a>',
      '</a>',
      '<b/>',
      '<a x="1">',
      '<a x=\'&amp;\' y="2">',
      '<a x>',
      '<!--c-->',
      '<!--->',
      '<?p d?>',
      '<?xml version="1.0"?>',
      '<![CDATA[x]]>',
      '&#65;',
      '&foo;',
      'text',
      ' ',
      '<',
      '&',
      ']]>',
      '</a >',
      '<é/>',
      '<!DOCTYPE x>',
    ),
    { maxLength: 8 },
  )
  .map((ts) => ts.join(''))

const checkScan = (text: string): void => {
  const scan = scanXml(text, 1000)
  if (scan.kind === 'ok') {
    if (!hasAstralName(text)) expect(validatorRefuses(text)).toBe(false)
  } else if (scan.kind !== 'depth') {
    expect(scan.message.length).toBeLessThanOrEqual(300)
    expect(scan.offset).toBeGreaterThanOrEqual(0)
    expect(scan.offset).toBeLessThanOrEqual(text.length)
  }
  // Whatever the scan says, parsing never throws and a scanned-good text always parses.
  const parsed = parseXml(text, 1000)
  if (scan.kind === 'ok' && parsed._tag === 'Left') expect(parsed.left._tag).not.toBe('MalformedBody')
}

describe('scanXml against fast-xml-parser XMLValidator', () => {
  it.each(wellFormed)('agrees that %s is well-formed', (_, text) => {
    expect(validatorRefuses(text.replace(/^\uFEFF/, ''))).toBe(false)
    expect(scanXml(text.replace(/^\uFEFF/, ''), 100)).toMatchObject({ kind: 'ok' })
  })

  it('never throws, and refuses whatever the validator refuses, on mutated samples', () => {
    fc.assert(fc.property(mutatedSample, checkScan), { numRuns: 300 })
  })

  it('never throws, and refuses whatever the validator refuses, on token soups', () => {
    fc.assert(fc.property(tokens, checkScan), { numRuns: 500 })
  })
})
