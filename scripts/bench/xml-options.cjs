// A copy of the fast-xml-parser options the library uses (src/xml/parser-options.ts, with the
// entity decoder of src/xml/entity-decoder.ts and the name escape of src/xml/reserved-names.ts),
// so the benchmark's "bare fast-xml-parser" baseline parses exactly as parseCallback's parser
// does, minus validation. The build does not export them; test/bench/xml-options.test.ts proves
// this copy equals the library's. CommonJS so that Jest can load it untransformed.
'use strict'

const NAMED = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
const REFERENCE = /&(?:#x([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/g

const isXmlChar = (cp) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff)

const replace = (match, hex, dec, name) => {
  if (name !== undefined) return NAMED[name] ?? match
  const cp = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? '', 10)
  return isXmlChar(cp) ? String.fromCodePoint(cp) : match
}

const entityDecoder = Object.freeze({
  decode: (text) => (text.includes('&') ? text.replace(REFERENCE, replace) : text),
  setExternalEntities: () => undefined,
  addInputEntities: () => undefined,
  reset: () => undefined,
  setXmlVersion: () => undefined,
})

const RESERVED = new Set(['__proto__', 'constructor', 'prototype'])

/** MAX_DEPTH_LIMIT in src/options.ts. */
const MAX_DEPTH_LIMIT = 1000

exports.benchXmlParserOptions = Object.freeze({
  parseTagValue: false,
  ignoreAttributes: true,
  trimValues: false,
  processEntities: true,
  entityDecoder,
  ignoreDeclaration: true,
  ignorePiTags: true,
  transformTagName: (name) => (RESERVED.has(name) ? ' ' + name : name),
  onDangerousProperty: (name) => name,
  maxNestedTags: MAX_DEPTH_LIMIT + 1,
})
