import { formatCallbackError } from '../src/format-error'
import { parseCallback } from '../src/parse-callback'
import { getLeft } from './support/either'
import { sample } from './support/samples'

const formatted = (body: unknown, contentType?: string): string =>
  formatCallbackError(getLeft(Reflect.apply(parseCallback, undefined, [body, contentType])))

describe('formatCallbackError', () => {
  it('renders payload issues with message, path and quoted received values', () => {
    const api = sample('smart-cover/api.xml').bytes.toString('utf8')
    const body = api
      .replace('<EndTime>2022-06-30T15:29:48+0800</EndTime>', '<EndTime>yesterday</EndTime>')
      .replace(/<JobId>[^<]*<\/JobId>/, '')
    expect(formatted(body, 'application/xml')).toMatchSnapshot()
  })

  it('renders a malformed body with its line and column', () => {
    expect(formatted(sample('invalid/MalformedBody/truncated.xml').bytes)).toMatchSnapshot()
    expect(formatted(sample('invalid/MalformedBody/docs/translation-trailing-comma.json').bytes)).toMatchSnapshot()
  })

  it('renders every other variant on one line', () => {
    expect(formatted('<a/>', 'text/html')).toMatchSnapshot()
    expect(formatted({ EventName: 'TaskFinish' })).toMatchSnapshot()
    expect(formatCallbackError(getLeft(parseCallback('<a/>', undefined, { maxBytes: 2 })))).toMatchSnapshot()
    expect(formatted('')).toMatchSnapshot()
  })
})
