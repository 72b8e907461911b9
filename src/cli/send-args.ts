import { parseArgs } from 'node:util'
import type { BodyFormat } from 'tencent-ci-callback'
import { isUsageError, readCount, readFormat, type UsageError } from './args'
import { FIXTURES, FIXTURE_NAMES, type NamedFixture } from './fixtures'

/** What `send` should post. */
export type SendSource =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'fixture'; readonly name: string; readonly fixture: NamedFixture }

/** What the `send` command line asked for. */
export interface SendArgs {
  readonly command: 'send'
  readonly url: URL
  readonly source: SendSource
  readonly format: BodyFormat | undefined
  /** Extra request headers, as given. */
  readonly headers: ReadonlyArray<readonly [string, string]>
  readonly timeoutMs: number
}

/** `send --help`. */
export interface SendHelp {
  readonly command: 'send-help'
}

const parse = (argv: ReadonlyArray<string>) => {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        fixture: { type: 'string' },
        format: { type: 'string', short: 'f' },
        header: { type: 'string', short: 'H', multiple: true, default: [] },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (e) {
    return { usage: e instanceof Error ? e.message : String(e) }
  }
}

const readUrl = (text: string | undefined): URL | UsageError => {
  if (text === undefined) return { usage: 'send needs the receiver URL, e.g. http://127.0.0.1:3000/ci-callback' }
  const url = URL.canParse(text) ? new URL(text) : undefined
  if (url === undefined || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    return { usage: `send needs an http:// or https:// URL, not "${text}"` }
  }
  return url
}

const readSource = (fixture: string | undefined, files: ReadonlyArray<string>): SendSource | UsageError => {
  if (fixture !== undefined && files.length > 0) return { usage: 'send takes a file or --fixture, not both' }
  if (files.length > 1) return { usage: 'send takes one file' }
  if (fixture === undefined) {
    const [path] = files
    return path === undefined ? { usage: 'send needs a file, - for stdin, or --fixture name' } : { kind: 'file', path }
  }
  const named = FIXTURES[fixture]
  if (named === undefined) return { usage: `no fixture "${fixture}"; there are: ${FIXTURE_NAMES.join(', ')}` }
  return { kind: 'fixture', name: fixture, fixture: named }
}

const readHeader = (line: string): readonly [string, string] | UsageError => {
  const colon = line.indexOf(':')
  const name = line.slice(0, colon).trim()
  return colon <= 0 || name === ''
    ? { usage: `--header must be "Name: value", not "${line}"` }
    : [name, line.slice(colon + 1).trim()]
}

/** Reads the arguments after `send`; never throws: a bad one is a `UsageError`. */
export const readSendArgs = (argv: ReadonlyArray<string>): SendArgs | SendHelp | UsageError => {
  const parsed = parse(argv)
  if ('usage' in parsed) return parsed
  const { values, positionals } = parsed
  if (values.help) return { command: 'send-help' }
  const [urlText, ...files] = positionals
  const url = readUrl(urlText)
  if (isUsageError(url)) return url
  const source = readSource(values.fixture, files)
  if (isUsageError(source)) return source
  const format = readFormat(values.format)
  if (isUsageError(format)) return format
  if (source.kind === 'fixture' && format !== undefined && !source.fixture.formats.includes(format)) {
    return {
      usage: `fixture "${source.name}" is sent as ${source.fixture.formats.join(' or ')} only, as Tencent sends it`,
    }
  }
  const timeoutMs = readCount('--timeout', values.timeout)
  if (isUsageError(timeoutMs)) return timeoutMs
  const headers: Array<readonly [string, string]> = []
  for (const line of values.header) {
    const header = readHeader(line)
    if (isUsageError(header)) return header
    headers.push(header)
  }
  return { command: 'send', url, source, format, headers, timeoutMs: timeoutMs ?? 10_000 }
}
