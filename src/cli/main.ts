#!/usr/bin/env node
// The `tencent-ci-callback` command: wires `run` to the real stdin, stdout and stderr.
import { run } from './run'

const readStdin = async (): Promise<Uint8Array> => {
  if (process.stdin.isTTY) {
    process.stderr.write(
      'tencent-ci-callback: reading a body from the terminal, end it with Ctrl-D (--help for usage)\n',
    )
  }
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)))
  return Buffer.concat(chunks)
}

// A reader that stops early (`… | head -1`) closes the pipe: the next write fails with EPIPE.
// That is the reader saying "enough", not an error: stop quietly, as `cat` does. Any other write
// error (a full disk) is reported on stderr, once, and fails the run.
const onWriteError = (stream: 'stdout' | 'stderr') => (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  if (stream === 'stdout') process.stderr.write(`tencent-ci-callback: cannot write to stdout: ${e.message}\n`)
  process.exit(2)
}
process.stdout.on('error', onWriteError('stdout'))
process.stderr.on('error', onWriteError('stderr'))

run(process.argv.slice(2), {
  readStdin,
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
}).then(
  (status) => {
    process.exitCode = status
  },
  (e: unknown) => {
    process.stderr.write(`tencent-ci-callback: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
    process.exitCode = 2
  },
)
