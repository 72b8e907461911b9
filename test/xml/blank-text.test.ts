import * as E from 'fp-ts/lib/Either.js'
import { XMLParser } from 'fast-xml-parser'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseCallback } from '../../src'
import { dropBlankBetweenElements } from '../../src/xml/blank-text'
import { xmlParserOptions } from '../../src/xml/parser-options'
import { SAMPLES_DIR } from '../support/samples'

// The property that only blanks the normaliser drops are dropped is in pieces.test.ts, over
// generated documents; here, the hook itself and what fast-xml-parser makes of it.

describe('dropBlankBetweenElements', () => {
  it.each([
    ['drops indentation beside child elements', '\n    ', false, ''],
    ['drops every XML blank', ' \t\r\n', false, ''],
    ["keeps a leaf's blank text", '  ', true, undefined],
    ['keeps text beside child elements', ' x ', false, undefined],
    ['keeps a non-XML blank (U+3000)', '\u3000', false, undefined],
    ['keeps a no-break space', '\u00a0', false, undefined],
  ])('%s', (_, value, isLeafNode, expected) => {
    expect(dropBlankBetweenElements('A', value, undefined, false, isLeafNode)).toBe(expected)
  })

  it('leaves no blank #text in the tree, and keeps blank and spaced leaves as written', () => {
    const parser = new XMLParser(xmlParserOptions)
    expect(parser.parse('<R>\n  <A>\n    <B> b </B>\n    <C>  </C>\n  </A>\n  <D/>\n</R>')).toStrictEqual({
      R: { A: { B: ' b ', C: '  ' }, D: '' },
    })
  })

  it('keeps indentation out of maxTextLength: only text counts, not the blanks between elements', () => {
    // The seed's longest text is 40 characters; the indentation inside <Input> adds up to 100.
    const seed = readFileSync(join(SAMPLES_DIR, 'smart-cover', 'workflow.xml'), 'utf8')
    expect(E.isRight(parseCallback(seed, 'application/xml', { maxTextLength: 40 }))).toBe(true)
    const tooLong = seed.replace('<Format>jpg</Format>', `<Format>${'j'.repeat(41)}</Format>`)
    expect(parseCallback(tooLong, 'application/xml', { maxTextLength: 40 })).toMatchObject(
      E.left({
        _tag: 'LimitExceeded',
        unit: 'characters',
        actual: 41,
        path: 'JobsDetail.Operation.SmartCover.Format',
      }),
    )
  })
})
