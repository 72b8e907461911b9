import { isBlank } from '../normalise/blank'

/**
 * fast-xml-parser's `tagValueProcessor` hook (see `parser-options.ts`): blank text that is not
 * an element's only text, i.e. the indentation between child elements, is dropped (`''` tells
 * the parser to store nothing); every other text is kept as written (`undefined`: no change).
 *
 * Without it each run of indentation becomes a `{ '#text': '\n    ' }` node in the parser's
 * ordered tree, and every element with children a blank `#text` key in the tree it returns:
 * a quarter of the peak heap of a 4 MiB pretty-printed body, all of it dropped by the
 * normaliser anyway. The scanner refuses non-blank text beside child elements (mixed content),
 * so only blanks the normaliser would drop are dropped, with one exception the caller handles:
 * after a CDATA section or processing instruction inside an element, the parser reports the
 * rest of that element's own text as "not a leaf", so `parseXml` parses documents that have
 * either without this hook.
 *
 * So `'\n    '` between the children of `JobsDetail` gives `''`, and `'  '` as the only text of
 * `UserData` (a leaf) gives `undefined`: kept.
 */
export const dropBlankBetweenElements = (
  _tagName: string,
  value: string,
  _path: unknown,
  _hasAttributes: boolean,
  isLeafNode: boolean,
): string | undefined => (isLeafNode || !isBlank(value) ? undefined : '')
