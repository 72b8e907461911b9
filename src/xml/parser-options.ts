import type { X2jOptions } from 'fast-xml-parser'
import { MAX_DEPTH_LIMIT } from '../options'
import { dropBlankBetweenElements } from './blank-text'
import { xmlEntityDecoder } from './entity-decoder'
import { escapeElementName } from './reserved-names'

/**
 * The key fast-xml-parser gives the text of an element that also has child elements. The scanner
 * refuses such (mixed) content unless the text is blank (pretty-printing between elements), so in
 * a tree that passed the scanner this key only ever holds whitespace, and the normaliser drops it
 * without reading it. (`tagValueProcessor` below keeps most of it out of the tree to begin with;
 * it still appears in documents parsed without that hook, those with CDATA or a processing
 * instruction inside the root.)
 */
export const XML_TEXT_KEY = '#text'

/**
 * fast-xml-parser, configured once. Each option that differs from the library default says why.
 * One-or-many lists and empty elements are *not* handled here but in `normalise/`, so that XML
 * and JSON bodies go through the same rules. Exported as `XML_PARSER_OPTIONS`, frozen, so that a
 * benchmark (or a user) can parse exactly as the library does. (The library parses a document
 * with a CDATA section or processing instruction inside its root without `tagValueProcessor`,
 * and a large one in pieces, one run of the root's children at a time: see `parse-xml.ts`.)
 *
 * @example
 * import { XMLParser } from 'fast-xml-parser'
 * import { XML_PARSER_OPTIONS } from 'tencent-ci-callback'
 * new XMLParser(XML_PARSER_OPTIONS).parse('<Response><EventName>TaskFinish</EventName></Response>')
 */
export const xmlParserOptions: X2jOptions = Object.freeze({
  // Text stays text: "007", "0x10", "1e3" and IDs keep their exact spelling; codecs convert.
  parseTagValue: false,
  // Tencent's callbacks carry no attributes; ignoring them keeps every element a plain value.
  ignoreAttributes: true,
  // Text keeps its exact spelling, spaces included, as JSON strings do. Pretty-printing
  // whitespace is dropped elsewhere: between elements by `tagValueProcessor` below, a blank
  // `<X>  </X>` by the normaliser.
  trimValues: false,
  // Text beside child elements (only ever blank: see XML_TEXT_KEY) goes under this key.
  textNodeName: XML_TEXT_KEY,
  // Entities go through our decoder: the five XML ones and numeric references only.
  processEntities: true,
  entityDecoder: xmlEntityDecoder,
  // Indentation between child elements is not stored: it was a quarter of the peak heap of a
  // large pretty-printed body, and the normaliser drops it anyway (see `blank-text.ts`).
  tagValueProcessor: dropBlankBetweenElements,
  // `<?xml …?>` and other processing instructions are not data.
  ignoreDeclaration: true,
  ignorePiTags: true,
  // The parser throws on `__proto__`, `constructor`, `prototype`: escape them, and let the
  // normaliser restore the last two as plain data and drop `__proto__`.
  transformTagName: escapeElementName,
  // Keep `toString`, `hasOwnProperty`… as written (the default renames them to `__toString`…).
  onDangerousProperty: (name: string): string => name,
  // No callback here reads the element path, so don't build it: with the default `jPath: true`
  // fast-xml-parser renders the path as a string for every element and text node (a sixth of
  // its time on Tencent's samples, measured with --cpu-prof).
  jPath: false,
  // `maxDepth` is checked by the scanner before parsing; this is only a backstop at the highest
  // depth an option may allow.
  maxNestedTags: MAX_DEPTH_LIMIT + 1,
})
