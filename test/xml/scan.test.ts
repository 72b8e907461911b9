import { scanXml } from '../../src/xml/scan'

describe('scanXml', () => {
  it('measures element depth, self-closing elements included, markup in comments, CDATA and PIs not', () => {
    expect(scanXml('<a><b><c/></b><d>x</d></a>').depth).toBe(3)
    expect(scanXml('<a><b><c></c></b></a>').depth).toBe(3)
    expect(scanXml('<?xml version="1.0"?><!-- <x><y><z> --><a><![CDATA[<b><c><d>]]></a>').depth).toBe(1)
    expect(scanXml('<a attr="1 > 0" other=\'/>\'><b/></a>').depth).toBe(2)
  })

  it('finds a DOCTYPE anywhere outside comments and CDATA', () => {
    expect(scanXml('<!DOCTYPE a><a/>').declarationAt).toBe(0)
    expect(scanXml('<a/>\n<!DOCTYPE a>').declarationAt).toBe(5)
    expect(scanXml('<a><!-- <!DOCTYPE a> --><![CDATA[<!DOCTYPE a>]]></a>').declarationAt).toBeUndefined()
  })

  it('finds a second root element', () => {
    expect(scanXml('<a/><b/>').secondRootAt).toBe(4)
    expect(scanXml('<a></a>\n<a/>').secondRootAt).toBe(8)
    expect(scanXml('<?xml version="1.0"?><!-- c --><a/><!-- d -->').secondRootAt).toBeUndefined()
  })

  it('handles 100 000 levels without recursion', () => {
    const n = 100_000
    expect(scanXml(`${'<a>'.repeat(n)}${'</a>'.repeat(n)}`).depth).toBe(n)
  })
})
