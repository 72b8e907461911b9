/** Element names that fast-xml-parser refuses (it throws) because they could pollute prototypes. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * A leading space marks an escaped name: no XML name can contain a space, so the escape
 * never collides with a real element.
 */
const MARK = ' '

/**
 * Escapes a reserved element name so the parser keeps it as ordinary data. Called for every tag:
 * the length test (9 or 11, the reserved names' lengths) spares nearly all of them the set look-up.
 */
export const escapeElementName = (name: string): string =>
  (name.length === 9 || name.length === 11) && RESERVED.has(name) ? MARK + name : name

/** Undoes `escapeElementName`; the normaliser then stores the key as an own data property. */
export const restoreElementName = (key: string): string => (key.startsWith(MARK) ? key.slice(MARK.length) : key)
