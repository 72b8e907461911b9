import { sniffFormat } from '../src/sniff'

describe('sniffFormat', () => {
  it.each([
    ['<Response/>', 'xml'],
    ['  \r\n\t<?xml version="1.0"?><R/>', 'xml'],
    ['\uFEFF<R/>', 'xml'],
    ['{"a":1}', 'json'],
    ['\n [1]', 'json'],
    ['', undefined],
    ['   ', undefined],
    ['hello', undefined],
    ['"string"', undefined],
  ])('%j → %s, from a string and from bytes', (text, expected) => {
    expect(sniffFormat(text)).toBe(expected)
    expect(sniffFormat(Buffer.from(text))).toBe(expected)
  })
})
