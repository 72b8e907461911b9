import { parseArgs } from 'node:util'

/** What the command line asked for. */
export interface CliArgs {
  /** Files to decode, in order; `-` is stdin. */
  readonly files: ReadonlyArray<string>
  readonly summary: boolean
  /** The Content-Type to decode with, from `--format`; `undefined` lets the body say. */
  readonly contentType: string | undefined
  readonly maxBytes: number | undefined
  readonly help: boolean
}

/** A command line the tool cannot run, with the reason. */
export interface UsageError {
  readonly usage: string
}

export const USAGE = `Usage: tencent-ci-callback [options] [file ...]

Decodes Tencent Cloud Infinite (CI) callback payloads (XML or JSON) and prints each as JSON
(times as ISO strings), or the error. With no file, or "-", reads stdin.

Options:
  -s, --summary          one line per job: file, Tag, JobId, State, Code/Message when failed, outputs
  -f, --format xml|json  decode as this format when the body does not say (sent as the Content-Type)
      --max-bytes N      largest body accepted, in bytes (default 4194304)
  -h, --help             show this help

Exit status: 0 when every payload decodes, 1 when one does not, 2 on a usage or read error.`

const CONTENT_TYPES = { xml: 'application/xml', json: 'application/json' } as const

const contentTypeFor = (format: string | undefined): string | undefined | UsageError => {
  if (format === undefined) return undefined
  if (format === 'xml' || format === 'json') return CONTENT_TYPES[format]
  return { usage: `--format must be xml or json, not "${format}"` }
}

/** True for a `UsageError`. */
export const isUsageError = (u: unknown): u is UsageError => typeof u === 'object' && u !== null && 'usage' in u

/** Node's own parser, with a thrown complaint (an unknown option…) turned into a `UsageError`. */
const parse = (argv: ReadonlyArray<string>) => {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        summary: { type: 'boolean', short: 's', default: false },
        format: { type: 'string', short: 'f' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
  } catch (e) {
    return { usage: e instanceof Error ? e.message : String(e) }
  }
}

/** Reads the command line; never throws: a bad one is a `UsageError`. */
export const readArgs = (argv: ReadonlyArray<string>): CliArgs | UsageError => {
  const parsed = parse(argv)
  if ('usage' in parsed) return parsed
  const { values, positionals } = parsed
  const contentType = contentTypeFor(values.format)
  if (isUsageError(contentType)) return contentType
  const maxBytesText = values['max-bytes']
  const maxBytes = maxBytesText === undefined ? undefined : Number(maxBytesText)
  if (maxBytes !== undefined && !(Number.isSafeInteger(maxBytes) && maxBytes > 0)) {
    return { usage: `--max-bytes must be a whole number of bytes, not "${maxBytesText}"` }
  }
  return {
    files: positionals.length === 0 ? ['-'] : positionals,
    summary: values.summary,
    contentType,
    maxBytes,
    help: values.help,
  }
}
