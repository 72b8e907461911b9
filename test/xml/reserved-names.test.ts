import { escapeElementName, restoreElementName } from '../../src/xml/reserved-names'

describe('escapeElementName', () => {
  it.each([['__proto__'], ['constructor'], ['prototype']])('escapes %s, and restoreElementName undoes it', (name) => {
    expect(escapeElementName(name)).toBe(` ${name}`)
    expect(restoreElementName(escapeElementName(name))).toBe(name)
  })

  it.each([['JobId'], ['__proto'], ['constructors'], ['Prototype'], ['toString'], ['123456789']])(
    'keeps %s as it is',
    (name) => {
      expect(escapeElementName(name)).toBe(name)
      expect(restoreElementName(name)).toBe(name)
    },
  )
})
