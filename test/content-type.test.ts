import * as E from 'fp-ts/lib/Either.js'
import { formatFromContentType } from '../src/content-type'

describe('formatFromContentType', () => {
  it.each([
    ['application/xml', 'xml'],
    ['text/xml', 'xml'],
    ['Application/XML; charset=UTF-8', 'xml'],
    ['application/atom+xml', 'xml'],
    ['application/vnd.tencent.ci+xml;v=1', 'xml'],
    ['application/json', 'json'],
    ['  APPLICATION/JSON ; charset=utf-8', 'json'],
    ['application/problem+json', 'json'],
    [undefined, 'sniff'],
    [null, 'sniff'],
    ['', 'sniff'],
    ['   ', 'sniff'],
    ['text/plain', 'sniff'],
    ['text/plain; charset=utf-8', 'sniff'],
    ['application/octet-stream', 'sniff'],
  ])('%j → %s', (header, expected) => {
    expect(formatFromContentType(header)).toStrictEqual(E.right(expected))
  })

  it.each([
    'text/html',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    'xml',
    'json',
    'text/json-seq',
  ])('refuses %j', (header) => {
    expect(formatFromContentType(header)).toStrictEqual(
      E.left(expect.objectContaining({ _tag: 'UnsupportedContentType', contentType: header })),
    )
  })
})
