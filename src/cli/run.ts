import * as E from 'fp-ts/lib/Either.js'
import { formatCallbackError, parseCallback, type CiCallback } from 'tencent-ci-callback'
import { isUsageError, readArgs, USAGE, type CliArgs } from './args'
import { summaryLines } from './summary'

/** What the tool touches outside itself, so tests can run it in-process. */
export interface CliIo {
  readonly readFile: (path: string) => Promise<Uint8Array>
  readonly readStdin: () => Promise<Uint8Array>
  readonly out: (line: string) => void
  readonly err: (line: string) => void
}

type Outcome = 'ok' | 'invalid' | 'unreadable'

const label = (file: string): string => (file === '-' ? '<stdin>' : file)

const print = (args: CliArgs, file: string, callback: CiCallback, io: CliIo): void => {
  if (args.summary) {
    for (const line of summaryLines(label(file), callback)) io.out(line)
    return
  }
  if (args.files.length > 1) io.out(`==> ${label(file)} <==`)
  // Dates print as ISO strings through Date.prototype.toJSON.
  io.out(JSON.stringify(callback, null, 2))
}

const decodeOne = async (args: CliArgs, file: string, io: CliIo): Promise<Outcome> => {
  let bytes: Uint8Array
  try {
    bytes = await (file === '-' ? io.readStdin() : io.readFile(file))
  } catch (e) {
    io.err(`${label(file)}: cannot read: ${e instanceof Error ? e.message : String(e)}`)
    return 'unreadable'
  }
  const options = args.maxBytes === undefined ? undefined : { maxBytes: args.maxBytes }
  const result = parseCallback(bytes, args.contentType, options)
  if (E.isLeft(result)) {
    io.err(`${label(file)}:\n${formatCallbackError(result.left)}`)
    return 'invalid'
  }
  print(args, file, result.right, io)
  return 'ok'
}

/**
 * Runs the command line and returns the exit status: 0 when every payload decodes, 1 when one
 * does not, 2 on a usage or read error. Never throws.
 */
export const run = async (argv: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  const args = readArgs(argv)
  if (isUsageError(args)) {
    io.err(`tencent-ci-callback: ${args.usage}\n\n${USAGE}`)
    return 2
  }
  if (args.help) {
    io.out(USAGE)
    return 0
  }
  const outcomes: Outcome[] = []
  for (const file of args.files) outcomes.push(await decodeOne(args, file, io))
  if (outcomes.includes('unreadable')) return 2
  return outcomes.includes('invalid') ? 1 : 0
}
