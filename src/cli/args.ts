import { parseArgs } from 'node:util'
import type { BodyFormat } from 'tencent-ci-callback'

/** What the decode command line asked for. */
export interface CliArgs {
  readonly command: 'decode'
  /** Files and directories to decode, in order; `-` is stdin. */
  readonly files: ReadonlyArray<string>
  readonly summary: boolean
  /** NDJSON even for one input. */
  readonly ndjson: boolean
  /** The format `--format` forces; `undefined` lets the body say. */
  readonly format: BodyFormat | undefined
  readonly maxBytes: number | undefined
  readonly help: boolean
  readonly version: boolean
}

/** A command line the tool cannot run, with the reason. */
export interface UsageError {
  readonly usage: string
}

/** True for a `UsageError`. */
export const isUsageError = (u: unknown): u is UsageError => typeof u === 'object' && u !== null && 'usage' in u

/** `--format`'s value as a format; `undefined` when absent. */
export const readFormat = (format: string | undefined): BodyFormat | undefined | UsageError => {
  if (format === undefined || format === 'xml' || format === 'json') return format
  return { usage: `--format must be xml or json, not "${format}"` }
}

/** A whole positive number, or a `UsageError` naming the option. */
export const readCount = (option: string, value: string | undefined): number | undefined | UsageError => {
  const n = value === undefined ? undefined : Number(value)
  if (n !== undefined && !(Number.isSafeInteger(n) && n > 0)) {
    return { usage: `${option} must be a whole number above 0, not "${value}"` }
  }
  return n
}

/** Node's own parser, with a thrown complaint (an unknown option…) turned into a `UsageError`. */
const parse = (argv: ReadonlyArray<string>) => {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        summary: { type: 'boolean', short: 's', default: false },
        ndjson: { type: 'boolean', default: false },
        format: { type: 'string', short: 'f' },
        'max-bytes': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'V', default: false },
      },
    })
  } catch (e) {
    return { usage: e instanceof Error ? e.message : String(e) }
  }
}

/** Reads the decode command line; never throws: a bad one is a `UsageError`. */
export const readArgs = (argv: ReadonlyArray<string>): CliArgs | UsageError => {
  const parsed = parse(argv)
  if ('usage' in parsed) return parsed
  const { values, positionals } = parsed
  const format = readFormat(values.format)
  if (isUsageError(format)) return format
  const maxBytes = readCount('--max-bytes', values['max-bytes'])
  if (isUsageError(maxBytes)) return maxBytes
  return {
    command: 'decode',
    files: positionals.length === 0 ? ['-'] : positionals,
    summary: values.summary,
    ndjson: values.ndjson,
    format,
    maxBytes,
    help: values.help,
    version: values.version,
  }
}
