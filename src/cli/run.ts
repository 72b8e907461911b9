import { isUsageError, readArgs } from './args'
import { decodeAll } from './decode'
import type { CliIo } from './io'
import { send } from './send'
import { readSendArgs } from './send-args'
import { SEND_USAGE, USAGE } from './usage'
import { version } from '../../package.json'

export type { CliIo } from './io'

/**
 * Runs the command line and returns the exit status (see `USAGE` and `SEND_USAGE`). Never throws.
 * `send` as the first argument is the send command; a file named `send` is `./send`.
 */
export const run = async (argv: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  const isSend = argv[0] === 'send'
  const args = isSend ? readSendArgs(argv.slice(1)) : readArgs(argv)
  if (isUsageError(args)) {
    io.err(`tencent-ci-callback${isSend ? ' send' : ''}: ${args.usage}\n\n${isSend ? SEND_USAGE : USAGE}`)
    return 2
  }
  if (args.command === 'send-help') {
    io.out(SEND_USAGE)
    return 0
  }
  if (args.command === 'send') return send(args, io)
  if (args.version) {
    io.out(version)
    return 0
  }
  if (args.help) {
    io.out(USAGE)
    return 0
  }
  return decodeAll(args, io)
}
