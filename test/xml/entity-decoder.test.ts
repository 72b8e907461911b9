import { xmlEntityDecoder } from '../../src/xml/entity-decoder'

describe('xmlEntityDecoder', () => {
  it('expands the five XML entities and numeric character references', () => {
    expect(xmlEntityDecoder.decode('&lt;&gt;&amp;&quot;&apos;')).toBe('<>&"\'')
    expect(xmlEntityDecoder.decode('&#x4e2d;&#25991;&#x1F600;&#9;')).toBe('中文😀\t')
  })

  it('expands character references with any number of leading zeros', () => {
    expect(xmlEntityDecoder.decode('&#x0000041;&#00065;&#x00000000004e2d;')).toBe('AA中')
  })

  it('leaves everything else as written: HTML names, invalid code points, double escapes', () => {
    expect(xmlEntityDecoder.decode('&nbsp;&copy;&foo;')).toBe('&nbsp;&copy;&foo;')
    expect(xmlEntityDecoder.decode('&#0;&#xD800;&#x110000;&#xFFFE;')).toBe('&#0;&#xD800;&#x110000;&#xFFFE;')
    expect(xmlEntityDecoder.decode('&amp;lt;')).toBe('&lt;')
  })

  it('ignores DOCTYPE and external entities offered to it', () => {
    xmlEntityDecoder.addInputEntities({ a: 'expanded' })
    xmlEntityDecoder.setExternalEntities({ b: 'expanded' })
    expect(xmlEntityDecoder.decode('&a;&b;')).toBe('&a;&b;')
  })
})
