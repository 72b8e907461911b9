import { scanXml } from '../../src/xml/scanner'

/** What a scan concludes once its walk stops, read through `scanXml`, which hands its state to `conclude`. */
describe('conclude', () => {
  it('names what is left open when the text ends inside a comment', () => {
    expect(scanXml('<Response><A><!-- x', 100)).toMatchObject({
      message: 'XML ends inside a comment, before <Response>, <A> are closed: is the body truncated?',
    })
    expect(scanXml('<Response/><!-- x', 100)).toMatchObject({
      message: 'XML ends inside a comment: is the body truncated?',
    })
  })

  it('lists at most four open elements, outermost first, and counts the rest', () => {
    expect(scanXml('<R><A>', 100)).toStrictEqual({
      kind: 'syntax',
      offset: 6,
      message: 'XML ends before <R>, <A> are closed: is the body truncated?',
    })
    expect(scanXml('<R><A><B><C><D><E>x', 100)).toStrictEqual({
      kind: 'syntax',
      offset: 19,
      message: 'XML ends before <R>, <A>, … 3 more …, <E> are closed: is the body truncated?',
    })
  })

  it('tells an empty text from one without a root element', () => {
    expect(scanXml('', 100)).toStrictEqual({
      kind: 'syntax',
      offset: 0,
      message: 'XML body is empty: expected a <Response> element',
    })
    expect(scanXml('  <!-- c -->', 100)).toStrictEqual({
      kind: 'syntax',
      offset: 12,
      message: 'XML has no root element',
    })
  })

  it('reports the first mixed content with its path under the root, cut to the last five names', () => {
    const mixed = (text: string): unknown => scanXml(text, 100)
    expect(mixed('<R>x<B/></R>')).toMatchObject({
      kind: 'mixed',
      offset: 3,
      message: expect.stringMatching(/^<R> \(at the root element\) holds text beside child elements/),
    })
    expect(mixed('<R><A>x<B/></A><C>y<D/></C></R>')).toMatchObject({
      kind: 'mixed',
      offset: 6,
      message: expect.stringMatching(/^<A> \(at A\) /),
    })
    expect(mixed('<R><a><b><c><d><e><f><g>x<h/></g></f></e></d></c></b></a></R>')).toMatchObject({
      kind: 'mixed',
      offset: 24,
      message: expect.stringMatching(/^<g> \(at ….c.d.e.f.g\) /),
    })
  })

  it('prefers a later syntax error to mixed content found before it', () => {
    expect(scanXml('<R><A>x<B/></R>', 100)).toMatchObject({ kind: 'syntax', offset: 11 })
  })
})
